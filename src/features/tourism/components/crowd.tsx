// 客流 on a sight's page: the day and the hour of arrival, the day's hourly bars, each with its level in words
// (较空 / 适中 / 较挤 / 拥挤) beside the bar, the warning with a quieter hour to switch to, and what the figures are:
// 通常 (the typical profile, sample data) or 实时 with the time of the count when a server gives one.
import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { addDays, dayOfWeek, formatShanghai, shanghaiDate, shanghaiMinutesOfDay } from '@/core/calendar'
import type { Translate } from '@/core/i18n'
import {
  crowdAdvice,
  dayKind,
  hourlyCrowd,
  isLiveFresh,
  liveLevel,
  type CrowdingData,
  type CrowdProfile,
  type HourCrowd
} from '@/core/tourism/crowding'
import type { OpeningHours } from '@/core/tourism/types'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { SelectField } from '@/components/select-field'
import { Field, Section, Tag } from '@/components/ui'
import { useCrowdProfile, useLiveCount } from '../crowding-api'
import './crowd.scss'

const DAYS_AHEAD = 7
const pad = (n: number) => String(n).padStart(2, '0')
const hourText = (t: Translate, hour: number) =>
  t('tourism.crowd.hour', { from: `${pad(hour)}:00`, to: `${pad(hour + 1)}:00` })
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

function dayLabel(t: Translate, date: string, today: string): string {
  if (date === today) return t('tourism.crowd.today')
  if (date === addDays(today, 1)) return t('tourism.crowd.tomorrow')
  const [, month, day] = date.split('-').map(Number)
  return t('tourism.crowd.dayLabel', { month, day, weekday: t(`tourism.crowd.weekday.${dayOfWeek(date)}`) })
}

export function CrowdSection({ t, sightId, hours }: { t: Translate; sightId: string; hours: OpeningHours }) {
  const typical = useCrowdProfile(sightId)
  const live = useLiveCount(sightId)
  const data = typical.data
  if (!data) return null
  return (
    <Section title={t('tourism.crowd.title')}>
      {data.profile ? (
        <CrowdView t={t} profile={data.profile} levels={data.levels} hours={hours} live={live.data ?? null} />
      ) : (
        <Text className='wst-note'>{t('tourism.crowd.none')}</Text>
      )}
    </Section>
  )
}

interface ViewProps {
  t: Translate
  profile: CrowdProfile
  levels: CrowdingData['levels']
  hours: OpeningHours
  live: { count: number; capacity?: number; at: number } | null
}

function CrowdView({ t, profile, levels, hours, live }: ViewProps) {
  const now = Date.now()
  const today = shanghaiDate(now)
  const days = useMemo(() => Array.from({ length: DAYS_AHEAD }, (_, i) => addDays(today, i)), [today])
  const [date, setDate] = useState(today)
  const day = useMemo(() => hourlyCrowd(profile, date, hours, levels), [profile, date, hours, levels])
  const nowHour = Math.floor(shanghaiMinutesOfDay(now) / 60)
  // today: the hour now if one may still arrive in it, else the first; another day: 10:00 where it can be
  const fallback = day.find((h) => h.hour === (date === today ? nowHour : 10))?.hour ?? day[0]?.hour
  const [picked, setPicked] = useState<number | undefined>(undefined)
  const hour = day.some((h) => h.hour === picked) ? picked : fallback
  const advice = hour === undefined ? undefined : crowdAdvice(day, hour)
  const fresh = live && date === today && isLiveFresh(live, now) ? live : null
  const liveWords = fresh ? liveLevel(fresh, profile, levels) : undefined
  const kind = t(`tourism.crowd.kind.${dayKind(date)}`)

  return (
    <View className='crowd' id='tourism-crowd'>
      <Field label={t('tourism.crowd.day')}>
        <ChipGroup
          kind='single'
          label={t('tourism.crowd.day')}
          options={days.map((d) => ({ value: d, label: dayLabel(t, d, today) }))}
          value={date}
          onChange={setDate}
        />
      </Field>
      {fresh ? (
        <View className='crowd__source'>
          <Tag tone='ok'>{t('tourism.crowd.live')}</Tag>
          <Text className='crowd__source-text'>
            {t(liveWords ? 'tourism.crowd.liveLevel' : 'tourism.crowd.liveLine', {
              time: formatShanghai(fresh.at, 'HH:mm'),
              count: thousands(fresh.count),
              level: liveWords ? t(`tourism.crowd.level.${liveWords}`) : ''
            })}
          </Text>
        </View>
      ) : null}
      {day.length === 0 ? (
        <Banner>{t('tourism.crowd.closed')}</Banner>
      ) : (
        <>
          <SelectField
            id='tourism-crowd-time'
            label={t('tourism.crowd.time')}
            options={day.map((h) => h.hour)}
            value={hour}
            optionLabel={(h: number) => hourText(t, h)}
            onChange={(h: number) => setPicked(h)}
          />
          {advice ? <Advice t={t} advice={advice} onChoose={setPicked} /> : null}
          <View className='crowd__source'>
            <Tag tone='muted'>{t('tourism.crowd.typical')}</Tag>
            <Text className='crowd__source-text'>{t('tourism.crowd.typicalNote', { kind })}</Text>
          </View>
          <Bars t={t} day={day} chosen={hour} />
        </>
      )}
    </View>
  )
}

function Advice({
  t,
  advice,
  onChoose
}: {
  t: Translate
  advice: NonNullable<ReturnType<typeof crowdAdvice>>
  onChoose(hour: number): void
}) {
  const { chosen, quieter } = advice
  const words = (h: HourCrowd) => ({ hour: hourText(t, h.hour), level: t(`tourism.crowd.level.${h.level}`) })
  if (!advice.crowded) return <Text className='crowd__fine'>{t('tourism.crowd.fine', words(chosen))}</Text>
  return (
    <Banner
      id='tourism-crowd-warning'
      action={
        quieter ? (
          <Text className='wst-link' onClick={() => onChoose(quieter.hour)}>
            {t('tourism.crowd.choose', { hour: `${pad(quieter.hour)}:00` })}
          </Text>
        ) : undefined
      }
    >
      {`⚠ ${t('tourism.crowd.warning', words(chosen))}${
        quieter ? t('tourism.crowd.quieter', words(quieter)) : t('tourism.crowd.noQuieter')
      }`}
    </Banner>
  )
}

/** one row per hour: the time, a bar of its share of capacity, and the level in words (never colour alone) */
function Bars({ t, day, chosen }: { t: Translate; day: HourCrowd[]; chosen: number | undefined }) {
  return (
    <View className='crowd__bars'>
      {day.map((h) => {
        const level = t(`tourism.crowd.level.${h.level}`)
        return (
          <View
            key={h.hour}
            className={`crowd__bar-row ${h.hour === chosen ? 'crowd__bar-row--chosen' : ''}`}
            aria-label={t('tourism.crowd.barLabel', { hour: hourText(t, h.hour), level, count: thousands(h.count) })}
          >
            <Text className='crowd__hour'>{`${pad(h.hour)}:00`}</Text>
            <View className='crowd__track'>
              <View
                className={`crowd__bar crowd__bar--${h.level}`}
                style={{ width: `${Math.max(4, Math.min(100, Math.round(h.share * 100)))}%` }}
              />
            </View>
            <Text className={`crowd__level crowd__level--${h.level}`}>{level}</Text>
            {/* the mark's column stays on every row, so the bars keep one length */}
            <View className='crowd__chosen'>{h.hour === chosen ? <Text>{t('tourism.crowd.chosen')}</Text> : null}</View>
          </View>
        )
      })}
    </View>
  )
}
