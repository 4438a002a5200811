// 文化活动: festivals, performances at 江门演艺中心, exhibitions and library activities, for today, this weekend, this
// month or from today on, by category, month by month; each with its state in words (进行中 / 已结束).
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { beijingToday } from '@/core/calendar/shanghai-time'
import type { Translate } from '@/core/i18n'
import { EVENT_CATEGORIES, type CultureEvent, type EventCategory } from '@/core/tourism/culture-types'
import { EVENT_PERIODS, eventStatus, eventsByMonth, filterEvents, type EventPeriod } from '@/core/tourism/events'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { useEvents, useVenues } from '../../culture-api'
import { eventWhen } from '../../culture-model'
import { tourismMessages } from '../../i18n'
import '../../tourism.scss'
import '../../culture.scss'

export default function EventsPage() {
  const t = useTranslate(tourismMessages)
  const events = useEvents()
  const venues = useVenues()
  usePullDownReload([events])
  const [period, setPeriod] = useState<EventPeriod>(useRouteParam('period', oneOf(EVENT_PERIODS)) ?? 'all')
  const [category, setCategory] = useState<EventCategory | ''>(useRouteParam('category', oneOf(EVENT_CATEGORIES)) ?? '')
  const today = beijingToday()
  const venueName = (id?: string) => venues.data?.find((v) => v.id === id)?.name

  return (
    <Page title={t('tourism.events.title')}>
      <Banner>{t('tourism.culture.sample')}</Banner>
      <View className='wst-filters tourism-filters'>
        <ChipGroup
          kind='tabs'
          id='events-period'
          label={t('tourism.events.period')}
          options={EVENT_PERIODS.map((p) => ({ value: p, label: t(`tourism.events.period.${p}`) }))}
          value={period}
          onChange={setPeriod}
        />
        <ChipGroup
          kind='tabs'
          id='events-category'
          label={t('tourism.events.category')}
          options={[
            { value: '' as const, label: t('tourism.events.allCategories') },
            ...EVENT_CATEGORIES.map((c) => ({ value: c, label: t(`tourism.events.category.${c}`) }))
          ]}
          value={category}
          onChange={setCategory}
        />
      </View>
      <AsyncView query={events} t={t}>
        {(all) => {
          const listed = filterEvents(all, { period, category: category || undefined }, today)
          return listed.length === 0 ? (
            <Text className='wst-note'>{t('tourism.events.empty')}</Text>
          ) : (
            eventsByMonth(listed).map((group) => (
              <Section
                key={group.month}
                title={t('tourism.events.month', {
                  year: group.month.slice(0, 4),
                  month: Number(group.month.slice(5)),
                  count: group.items.length
                })}
              >
                {group.items.map((e) => (
                  <EventRow key={e.id} t={t} event={e} today={today} where={venueName(e.venueId) ?? e.place?.name} />
                ))}
              </Section>
            ))
          )
        }}
      </AsyncView>
    </Page>
  )
}

function EventRow({ t, event: e, today, where }: { t: Translate; event: CultureEvent; today: string; where?: string }) {
  const status = eventStatus(e, today)
  return (
    <Cell
      title={e.title}
      subtitle={
        <>
          <View>{eventWhen(t, e)}</View>
          {where ? <View>{where}</View> : null}
          <View>{e.price}</View>
        </>
      }
      extra={
        <View className='tourism-tags'>
          <Tag tone='muted'>{t(`tourism.events.category.${e.category}`)}</Tag>
          {status === 'ongoing' ? <Tag tone='ok'>{t('tourism.events.status.ongoing')}</Tag> : null}
        </View>
      }
      onClick={() => go(pageUrl('tourism', 'event', { id: e.id }))}
    />
  )
}
