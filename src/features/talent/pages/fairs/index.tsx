// 招聘会: the job fairs month by month, on site and online, filtered by month and by mode; each with its date and
// times, venue (导航) or where to open it online, organiser, employers and positions, 添加到日历 where the platform
// can, and its status by the Beijing date (今天 / 进行中 / 已结束 in words, never colour alone).
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { beijingToday, dayOfWeek } from '@/core/calendar/shanghai-time'
import type { Translate } from '@/core/i18n'
import {
  FAIR_MODES,
  fairInstants,
  fairStatus,
  filterFairs,
  groupByMonth,
  monthsOf,
  type FairFilter,
  type FairMode,
  type JobFair
} from '@/core/talent/jobs'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { addToCalendar, CAN_ADD_TO_CALENDAR } from '@/platform/calendar-event'
import { openMap } from '@/platform/contact'
import { useRouteParam } from '@/platform/route-params'
import { useFairs } from '../../jobs-api'
import { talentMessages } from '../../i18n'
import '../../talent.scss'
import './index.scss'

const monthLabel = (t: Translate, month: string) =>
  t('talent.fairs.month', { year: month.slice(0, 4), month: Number(month.slice(5, 7)) })

export default function FairsPage() {
  const t = useTranslate(talentMessages)
  const fairs = useFairs()
  usePullDownReload([fairs])
  // a link (a search hit) may open the calendar at a month: YYYY-MM
  const [filter, setFilter] = useState<FairFilter>({
    month: useRouteParam('month', (m): m is string => /^\d{4}-(0[1-9]|1[0-2])$/.test(m))
  })
  const today = beijingToday()
  // the fairs to come first; the ended ones of the same filter on request
  const [withEnded, setWithEnded] = useState(false)
  const all = fairs.data ?? []
  const listed = groupByMonth(filterFairs(all, { ...filter, from: withEnded ? undefined : today }))
  const ended = filterFairs(all, filter).filter((f) => fairStatus(f, today) === 'ended').length
  const months = monthsOf(all)

  return (
    <Page title={t('talent.fairs.title')}>
      <Banner>{t('talent.fairs.sample')}</Banner>
      <View className='wst-filters talent-fairs__filters'>
        <ChipGroup
          kind='tabs'
          className='talent-fairs__months'
          label={t('talent.fairs.monthFilter')}
          options={[
            { value: '', label: t('talent.fairs.allMonths') },
            // the month on the chip, and below it the year where a year starts
            ...months.map((m, i) => ({
              value: m,
              label: t('talent.fairs.monthShort', { month: Number(m.slice(5, 7)) }),
              note:
                i === 0 || months[i - 1].slice(0, 4) !== m.slice(0, 4)
                  ? t('talent.fairs.year', { year: m.slice(0, 4) })
                  : undefined
            }))
          ]}
          value={filter.month ?? ''}
          onChange={(month) => setFilter((f) => ({ ...f, month: month || undefined }))}
        />
        <ChipGroup
          kind='tabs'
          label={t('talent.fairs.modeFilter')}
          options={[
            { value: '' as const, label: t('talent.fairs.allModes') },
            ...FAIR_MODES.map((m) => ({ value: m, label: t(`talent.fairs.mode.${m}`) }))
          ]}
          value={filter.mode ?? ''}
          onChange={(mode: FairMode | '') => setFilter((f) => ({ ...f, mode: mode || undefined }))}
        />
      </View>
      {ended > 0 ? (
        <View
          className='talent-link'
          role='button'
          hoverClass='talent-link--pressed'
          onClick={() => setWithEnded(!withEnded)}
        >
          {withEnded ? t('talent.fairs.hideEnded') : t('talent.fairs.showEnded', { count: ended })}
        </View>
      ) : null}
      <AsyncView query={fairs} t={t}>
        {() =>
          listed.length === 0 ? (
            <View className='talent-empty'>
              {t(ended > 0 && !withEnded ? 'talent.fairs.allEnded' : 'talent.fairs.empty')}
            </View>
          ) : (
            listed.map((group) => (
              <Section
                key={group.month}
                title={t('talent.fairs.monthCount', { month: monthLabel(t, group.month), count: group.items.length })}
              >
                {group.items.map((fair) => (
                  <FairCard key={fair.id} t={t} fair={fair} today={today} />
                ))}
              </Section>
            ))
          )
        }
      </AsyncView>
    </Page>
  )
}

const STATUS_TONES = { upcoming: 'info', today: 'ok', ended: 'muted' } as const

function whenText(t: Translate, fair: JobFair): string {
  const day = (date: string) => t('talent.fairs.day', { date, weekday: t(`talent.fairs.weekday.${dayOfWeek(date)}`) })
  return fair.endDate
    ? t('talent.fairs.days', { from: day(fair.date), to: day(fair.endDate), start: fair.start, end: fair.end })
    : t('talent.fairs.oneDay', { day: day(fair.date), start: fair.start, end: fair.end })
}

function FairCard({ t, fair, today }: { t: Translate; fair: JobFair; today: string }) {
  const status = fairStatus(fair, today)
  const { venue, online } = fair

  const calendar = async () => {
    const at = fairInstants(fair)
    const outcome = at
      ? await addToCalendar({
          uid: fair.id,
          title: fair.title,
          location: venue ? `${venue.name} ${venue.address}` : (online?.platform ?? ''),
          description: t('talent.fairs.calendarDescription', {
            organiser: fair.organiser,
            where: venue ? venue.address : (online?.link ?? '')
          }),
          ...at
        })
      : 'failed'
    void Taro.showToast({ title: t(`talent.fairs.calendar.${outcome}`), icon: 'none' })
  }

  return (
    <View className={`talent-fair ${status === 'ended' ? 'talent-fair--ended' : ''}`}>
      <Text className='talent-fair__title'>{fair.title}</Text>
      <View>
        {status === 'upcoming' ? null : (
          <Tag tone={STATUS_TONES[status]}>
            {t(`talent.fairs.status.${status === 'today' && fair.endDate ? 'ongoing' : status}`)}
          </Tag>
        )}
        <Tag tone='info'>{t(`talent.fairs.mode.${fair.mode}`)}</Tag>
        <Tag tone='muted'>{t(`talent.fairs.theme.${fair.theme}`)}</Tag>
        {fair.partnerCity ? (
          <Tag tone='muted'>
            {t('talent.fairs.cities', { city: t(`city.${fair.city}`), partner: t(`city.${fair.partnerCity}`) })}
          </Tag>
        ) : null}
      </View>
      <Text className='talent-fair__line'>{whenText(t, fair)}</Text>
      {venue ? (
        <Text className='talent-fair__line'>
          {t('talent.fairs.venue', { name: venue.name, address: venue.address })}
        </Text>
      ) : null}
      {online ? (
        <Text className='talent-fair__line'>
          {t('talent.fairs.online', { platform: online.platform, link: online.link })}
        </Text>
      ) : null}
      <Text className='talent-fair__line'>{t('talent.fairs.organiser', { organiser: fair.organiser })}</Text>
      <Text className='talent-fair__line'>
        {t('talent.fairs.scale', { employers: fair.employers, positions: fair.positions })}
      </Text>
      <Text className='talent-fair__summary'>{fair.summary}</Text>
      {status === 'ended' ? null : (
        <View className='talent-fair__actions'>
          {CAN_ADD_TO_CALENDAR ? (
            <Button
              className='wst-button wst-button--secondary'
              aria-label={t('talent.fairs.addToCalendarNamed', { title: fair.title })}
              onClick={() => void calendar()}
            >
              {t('talent.fairs.addToCalendar')}
            </Button>
          ) : null}
          {venue ? (
            <Button
              className='wst-button wst-button--secondary'
              aria-label={t('talent.fairs.navigateNamed', { name: venue.name })}
              onClick={() => void openMap(venue)}
            >
              {t('talent.fairs.navigate')}
            </Button>
          ) : null}
        </View>
      )}
    </View>
  )
}
