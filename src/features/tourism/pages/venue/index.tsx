// 场馆详情: what it is, whether it opens today (闭馆日 in words), hours, admission, address (导航) and phone; 预约参观
// for the venues that take timed entry; its halls (江门演艺中心) and its events to come; favourite and share.
import { Button, Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { beijingToday } from '@/core/calendar/shanghai-time'
import type { Translate } from '@/core/i18n'
import type { CultureVenue } from '@/core/tourism/culture-types'
import { filterEvents } from '@/core/tourism/events'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone, openMap } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { useSavedRecord } from '../../api'
import { FactRows } from '@/components/fact-rows'
import { FavouriteButton } from '../../components/favourite-button'
import { VENUE_SOURCE, useEvents, useVenue, useVenues } from '../../culture-api'
import { eventWhen, openingText } from '../../culture-model'
import { tourismMessages } from '../../i18n'
import '../../tourism.scss'
import '../../culture.scss'

export default function VenuePage() {
  const t = useTranslate(tourismMessages)
  const id = useRouteParam('id') ?? ''
  const venue = useVenue(id)
  useShareAppMessage(() => ({
    title: venue.data?.name ?? t('tourism.venues.detail'),
    path: pageUrl('tourism', 'venue', { id })
  }))
  return (
    <Page title={t('tourism.venues.detail')}>
      <AsyncView query={venue} t={t}>
        {(v) => <VenueView t={t} venue={v} />}
      </AsyncView>
    </Page>
  )
}

function VenueView({ t, venue: v }: { t: Translate; venue: CultureVenue }) {
  const saved = useSavedRecord(VENUE_SOURCE, v.id, t)
  const today = beijingToday()
  const venues = useVenues().data ?? []
  const halls = venues.filter((x) => x.parentId === v.id)
  const here = new Set([v.id, ...halls.map((h) => h.id)])
  const events = filterEvents(useEvents().data ?? [], { period: 'all' }, today).filter(
    (e) => e.venueId && here.has(e.venueId)
  )
  return (
    <>
      <Banner>{t('tourism.venues.sample')}</Banner>
      <Section title={v.name}>
        <View className='wst-row wst-prose'>
          <Tag tone='muted'>{t(`tourism.venues.kind.${v.kind}`)}</Tag>
          {v.reservation ? <Tag tone='info'>{t('tourism.venues.reservable')}</Tag> : null}
        </View>
        <Text className='wst-prose'>{v.summary}</Text>
        <FactRows
          rows={[
            [t('tourism.venues.todayLabel'), openingText(t, v, today)],
            [t('tourism.venues.hours'), v.hoursText],
            [t('tourism.venues.admission'), v.admission],
            [t('tourism.venues.address'), v.address],
            [t('tourism.venues.phone'), v.phone]
          ]}
        />
        <Text className='wst-note'>{t('tourism.venues.approximate')}</Text>
        <View className='tourism-actions'>
          {v.reservation ? (
            <Button
              className='wst-button'
              id='venue-reserve'
              onClick={() => go(pageUrl('tourism', 'reserve', { venue: v.id }))}
            >
              {t('tourism.venues.reserve')}
            </Button>
          ) : null}
          <Button
            className='wst-button wst-button--secondary'
            aria-label={t('tourism.culture.navigateNamed', { name: v.name })}
            onClick={() => void openMap(v)}
          >
            {t('tourism.culture.navigate')}
          </Button>
          <Button className='wst-button wst-button--secondary' onClick={() => void callPhone(v.phone)}>
            {t('tourism.venues.call', { phone: v.phone })}
          </Button>
          <FavouriteButton t={t} saved={saved} />
        </View>
      </Section>
      {halls.length ? (
        <Section title={t('tourism.venues.halls')}>
          {halls.map((h) => (
            <Cell
              key={h.id}
              title={h.name}
              subtitle={h.summary}
              onClick={() => go(pageUrl('tourism', 'venue', { id: h.id }))}
            />
          ))}
        </Section>
      ) : null}
      {events.length ? (
        <Section title={t('tourism.venues.events', { count: events.length })}>
          {events.map((e) => (
            <Cell
              key={e.id}
              title={e.title}
              subtitle={eventWhen(t, e)}
              onClick={() => go(pageUrl('tourism', 'event', { id: e.id }))}
            />
          ))}
        </Section>
      ) : null}
    </>
  )
}
