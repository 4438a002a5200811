// 景点详情: what it is, where (导航), when it opens, how long to stay, its history; favourite and share.
import { Button, Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import type { Translate } from '@/core/i18n'
import type { SightDetail } from '@/backend/tourism'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone, openMap } from '@/platform/contact'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { SIGHT_SOURCE, useSavedRecord, useSight } from '../../api'
import { FactRows } from '../../components/fact-rows'
import { districtText, durationText, hoursText, levelsText } from '../../format'
import { tourismMessages } from '../../i18n'
import '../../tourism.scss'

export default function SightPage() {
  const t = useTranslate(tourismMessages)
  const id = useRouteParam('id') ?? ''
  const sight = useSight(id)
  useShareAppMessage(() => ({
    title: sight.data?.name ?? t('tourism.sight.title'),
    path: pageUrl('tourism', 'sight', { id })
  }))
  return (
    <Page title={t('tourism.sight.title')}>
      <AsyncView query={sight} t={t}>
        {(s) => <SightView t={t} sight={s} />}
      </AsyncView>
    </Page>
  )
}

function SightView({ t, sight: s }: { t: Translate; sight: SightDetail }) {
  const saved = useSavedRecord(SIGHT_SOURCE, s.id, t)
  return (
    <>
      <Banner>{t('tourism.home.sample')}</Banner>
      <Section title={s.name}>
        <View className='tourism-row tourism-prose'>
          {levelsText(t, s).map((l) => (
            <Tag key={l}>{l}</Tag>
          ))}
        </View>
        <Text className='tourism-prose'>{s.summary}</Text>
        <FactRows
          rows={[
            [t('tourism.sight.district'), districtText(t, s)],
            [t('tourism.sight.address'), s.address],
            [t('tourism.sight.hours'), hoursText(t, s.hours)],
            [t('tourism.sight.duration'), durationText(t, s.duration)],
            [t('tourism.sight.phone'), s.phone]
          ]}
        />
        <View className='tourism-actions'>
          <Button className='wst-button wst-button--secondary' onClick={() => void openMap(s)}>
            {t('tourism.sight.navigate')}
          </Button>
          <Button className='wst-button wst-button--secondary' onClick={() => void callPhone(s.phone)}>
            {t('common.call', { phone: s.phone })}
          </Button>
          <Button
            className={`wst-button ${saved.favourite ? '' : 'wst-button--secondary'}`}
            onClick={() => void saved.toggle()}
            aria-pressed={saved.favourite}
          >
            {t(saved.favourite ? 'tourism.favourite.saved' : 'tourism.favourite.add')}
          </Button>
        </View>
      </Section>
      <Section title={t('tourism.sight.history')}>
        <Text className='tourism-prose'>{s.history}</Text>
      </Section>
    </>
  )
}
