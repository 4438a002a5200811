// 活动详情: when and where (the venue's page, or 导航 to a place elsewhere), price and how to take part, 添加到日历
// where the platform offers it, favourite and share; its state in words.
import { Button, Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import { beijingToday } from '@/core/calendar/shanghai-time'
import type { Translate } from '@/core/i18n'
import type { CultureEvent } from '@/core/tourism/culture-types'
import { eventInstants, eventStatus } from '@/core/tourism/events'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { openMap } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { useSavedRecord } from '../../api'
import { CalendarButton } from '../../components/calendar-button'
import { FactRows } from '@/components/fact-rows'
import { FavouriteButton } from '../../components/favourite-button'
import { EVENT_SOURCE, useEvent, useVenue } from '../../culture-api'
import { eventWhen } from '../../culture-model'
import { tourismMessages } from '../../i18n'
import '../../tourism.scss'
import '../../culture.scss'

export default function EventPage() {
  const t = useTranslate(tourismMessages)
  const id = useRouteParam('id') ?? ''
  const event = useEvent(id)
  useShareAppMessage(() => ({
    title: event.data?.title ?? t('tourism.events.detail'),
    path: pageUrl('tourism', 'event', { id })
  }))
  return (
    <Page title={t('tourism.events.detail')}>
      <AsyncView query={event} t={t}>
        {(e) => <EventView t={t} event={e} />}
      </AsyncView>
    </Page>
  )
}

function EventView({ t, event: e }: { t: Translate; event: CultureEvent }) {
  const saved = useSavedRecord(EVENT_SOURCE, e.id, t)
  const venue = useVenue(e.venueId ?? '').data
  const status = eventStatus(e, beijingToday())
  const where = venue ? { name: venue.name, address: venue.address } : e.place
  return (
    <>
      <Banner>{t('tourism.culture.sample')}</Banner>
      <Section title={e.title}>
        <View className='wst-row wst-prose'>
          <Tag tone='muted'>{t(`tourism.events.category.${e.category}`)}</Tag>
          {status === 'upcoming' ? null : (
            <Tag tone={status === 'ongoing' ? 'ok' : 'muted'}>{t(`tourism.events.status.${status}`)}</Tag>
          )}
        </View>
        <FactRows
          rows={[
            [t('tourism.events.when'), eventWhen(t, e)],
            [t('tourism.events.where'), where ? `${where.name}（${where.address}）` : ''],
            [t('tourism.events.price'), e.price],
            [t('tourism.events.entry'), e.entry],
            [t('tourism.events.organiser'), e.organiser]
          ]}
        />
        <Text className='wst-prose'>{e.summary}</Text>
        <View className='tourism-actions'>
          {status === 'ended' ? null : (
            <CalendarButton
              t={t}
              name={e.title}
              event={() => {
                const at = eventInstants(e)
                return at
                  ? {
                      uid: e.id,
                      title: e.title,
                      location: where ? `${where.name} ${where.address}` : '',
                      description: `${e.entry} ${e.price}`,
                      ...at
                    }
                  : null
              }}
            />
          )}
          {e.place ? (
            <Button
              className='wst-button wst-button--secondary'
              aria-label={t('tourism.culture.navigateNamed', { name: e.place.name })}
              onClick={() => void (e.place && openMap(e.place))}
            >
              {t('tourism.culture.navigate')}
            </Button>
          ) : null}
          <FavouriteButton t={t} saved={saved} />
        </View>
      </Section>
      {venue ? (
        <Section title={t('tourism.events.venue')}>
          <Cell
            title={venue.name}
            subtitle={venue.address}
            onClick={() => go(pageUrl('tourism', 'venue', { id: venue.id }))}
          />
        </Section>
      ) : null}
    </>
  )
}
