// 人才住房: the talent apartments, each with where it is, the rent and size, and the way to its conditions.
import { Text, View } from '@tarojs/components'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useHousing } from '../../jobs-api'
import { talentMessages } from '../../i18n'
import { areaText, rentText } from './housing-text'
import '../../talent.scss'
import './index.scss'

export default function HousingPage() {
  const t = useTranslate(talentMessages)
  const housing = useHousing()
  usePullDownReload([housing])
  return (
    <Page title={t('talent.housing.title')}>
      <Banner>{t('talent.housing.sample')}</Banner>
      <Text className='wst-note'>{t('talent.housing.intro')}</Text>
      <AsyncView query={housing} t={t} empty={t('talent.housing.empty')}>
        {(list) => (
          <Section title={t('talent.housing.count', { count: list.length })}>
            {list.map((h) => (
              <Cell
                key={h.id}
                title={h.name}
                subtitle={
                  <View>
                    <Text>
                      {t(`talent.value.employerDistrict.${h.district}`)} · {h.address}
                    </Text>
                    <View>
                      <Tag tone='muted'>{areaText(t, h)}</Tag>
                      <Tag tone='muted'>{h.layouts.join(' / ')}</Tag>
                    </View>
                  </View>
                }
                extra={<Text className='talent-housing__rent'>{rentText(t, h)}</Text>}
                onClick={() => go(pageUrl('talent', 'house', { id: h.id }))}
              />
            ))}
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}
