// 景点: every sight with its levels, district and hours.
import { View } from '@tarojs/components'
import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useSights } from '../../api'
import { districtText, hoursText, levelsText } from '../../format'
import { tourismMessages } from '../../i18n'
import '../../tourism.scss'

export default function SightsPage() {
  const t = useTranslate(tourismMessages)
  const sights = useSights()
  usePullDownReload([sights])
  return (
    <Page title={t('tourism.sights.title')}>
      <AsyncView query={sights} t={t} empty={t('tourism.sights.empty')}>
        {(list) => (
          <Section title={t('tourism.sights.count', { count: list.length })}>
            {list.map((s) => (
              <Cell
                key={s.id}
                title={s.name}
                subtitle={
                  <View className='tourism-row'>
                    {levelsText(t, s).map((l) => (
                      <Tag key={l}>{l}</Tag>
                    ))}
                    <View className='tourism-row__meta'>
                      {districtText(t, s)} · {hoursText(t, s.hours)}
                    </View>
                  </View>
                }
                onClick={() => go(pageUrl('tourism', 'sight', { id: s.id }))}
              />
            ))}
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}
