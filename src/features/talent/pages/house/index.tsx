// 人才住房 project: where it is (导航), rent, size, layouts, lease, facilities, the operator's phone; who may live
// there, its rule spelt out as a list with the operator's own wording below; and 申请入住 on the 在线申办 pipeline.
import { Button, Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import type { TalentHousing } from '@/core/talent/jobs'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone, openMap } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import { useHouse } from '../../jobs-api'
import { talentMessages } from '../../i18n'
import { areaText, rentText } from '../housing/housing-text'
import { FactRows } from '@/components/fact-rows'
import { ConditionList } from './condition-list'
import '../../talent.scss'
import './index.scss'

export default function HousePage() {
  const t = useTranslate(talentMessages)
  const house = useHouse(useRouteParam('id') ?? '')
  return (
    <Page title={t('talent.housing.detail.title')}>
      <AsyncView query={house} t={t}>
        {(h) => <HouseView t={t} house={h} />}
      </AsyncView>
    </Page>
  )
}

function HouseView({ t, house: h }: { t: Translate; house: TalentHousing }) {
  return (
    <>
      <Banner>{t('talent.housing.sample')}</Banner>
      <Section title={h.name}>
        <FactRows
          rows={[
            [t('talent.housing.detail.district'), t(`talent.value.employerDistrict.${h.district}`)],
            [t('talent.housing.detail.address'), h.address],
            [t('talent.housing.detail.rent'), rentText(t, h)],
            [t('talent.housing.detail.area'), areaText(t, h)],
            [t('talent.housing.detail.layouts'), h.layouts.join('、')],
            [t('talent.housing.detail.units'), t('talent.housing.detail.unitsValue', { count: h.units })],
            [t('talent.housing.detail.lease'), h.lease],
            [t('talent.housing.detail.operator'), h.operator]
          ]}
        />
        <View className='talent-actions'>
          <Button className='wst-button wst-button--secondary' onClick={() => void openMap(h)}>
            {t('talent.housing.detail.navigate')}
          </Button>
          <Button className='wst-button wst-button--secondary' onClick={() => void callPhone(h.phone)}>
            {t('common.call', { phone: h.phone })}
          </Button>
        </View>
        <Text className='wst-note'>{t('talent.housing.detail.coordinates')}</Text>
      </Section>
      <Section title={t('talent.housing.detail.conditions')}>
        <ConditionList t={t} rule={h.conditions} />
        <Text className='wst-note'>{h.conditionText}</Text>
      </Section>
      <Section title={t('talent.housing.detail.facilities')}>
        <View className='talent-list'>
          {h.facilities.map((f) => (
            <Tag key={f}>{f}</Tag>
          ))}
        </View>
      </Section>
      <View className='talent-actions'>
        <Button className='wst-button' onClick={() => go(routes.applyFor(h.matter, { project: h.id }))}>
          {t('talent.housing.detail.apply')}
        </Button>
        <Text className='wst-note'>{t('talent.housing.detail.applyNote')}</Text>
      </View>
    </>
  )
}
