// 文化场馆: museums, memorial halls, libraries and theatres by kind, each with whether it opens today (in words) and
// whether it takes timed-entry bookings.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { beijingToday } from '@/core/calendar/shanghai-time'
import { VENUE_KINDS, type VenueKind } from '@/core/tourism/culture-types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { Page } from '@/components/page'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { useVenues } from '../../culture-api'
import { openingText } from '../../culture-model'
import { tourismMessages } from '../../i18n'
import '../../tourism.scss'
import '../../culture.scss'

export default function VenuesPage() {
  const t = useTranslate(tourismMessages)
  const venues = useVenues()
  const [kind, setKind] = useState<VenueKind | ''>(useRouteParam('kind', oneOf(VENUE_KINDS)) ?? '')
  const today = beijingToday()
  return (
    <Page title={t('tourism.venues.title')}>
      <Banner>{t('tourism.venues.sample')}</Banner>
      <View className='wst-filters tourism-filters'>
        <ChipGroup
          kind='tabs'
          id='venues-kind'
          label={t('tourism.venues.kind')}
          options={[
            { value: '' as const, label: t('tourism.venues.allKinds') },
            ...VENUE_KINDS.map((k) => ({ value: k, label: t(`tourism.venues.kind.${k}`) }))
          ]}
          value={kind}
          onChange={setKind}
        />
      </View>
      <AsyncView query={venues} t={t}>
        {(all) => (
          <Section>
            {all
              .filter((v) => !kind || v.kind === kind)
              .map((v) => (
                <Cell
                  key={v.id}
                  title={v.name}
                  subtitle={
                    <>
                      <View>{v.address}</View>
                      <View>{t('tourism.venues.today', { text: openingText(t, v, today) })}</View>
                    </>
                  }
                  extra={
                    <View className='tourism-tags'>
                      <Tag tone='muted'>{t(`tourism.venues.kind.${v.kind}`)}</Tag>
                      {v.reservation ? <Tag tone='info'>{t('tourism.venues.reservable')}</Tag> : null}
                    </View>
                  }
                  onClick={() => go(pageUrl('tourism', 'venue', { id: v.id }))}
                />
              ))}
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}
