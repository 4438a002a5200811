import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Deadline } from '@/core/appeals/types'
import { deadlineState, nextDeadline } from '@/core/appeals/deadlines'
import { isProvisionalInstant, shanghaiDate } from '@/core/calendar'
import type { Translate } from '@/core/i18n'
import { durationText, ruleText, shortTime as time } from '../model'
import './appeal.scss'

/** a working-day deadline in a year whose 调休 is not published yet may still move */
const isProvisional = (d: Deadline) => d.unit === 'workingDays' && isProvisionalInstant(d.dueAt)

/** the current time, ticking: each countdown re-renders alone, not its page */
function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}

/** the next deadline of an appeal as a live countdown, marked when overdue */
export function Countdown({ t, deadlines }: { t: Translate; deadlines: Deadline[] }) {
  const now = useNow()
  const next = nextDeadline(deadlines, now)
  if (!next) return null
  const { overdue, remainingMs } = deadlineState(next, now)
  const state = t(overdue ? 'appeal.deadline.overdue' : 'appeal.deadline.left', { time: durationText(t, remainingMs) })
  return (
    <Text className={`appeal-countdown ${overdue ? 'appeal-countdown--overdue' : ''}`}>
      {t('appeal.deadline.next', { kind: t(`appeal.deadline.${next.kind}`), state })}
      {isProvisional(next) ? t('appeal.deadline.provisionalShort') : ''}
    </Text>
  )
}

/** every deadline of an appeal: its rule, when it is due, and met / left / overdue; a finished appeal (办结, 撤回) counts no more */
export function DeadlineList({ t, deadlines, live }: { t: Translate; deadlines: Deadline[]; live: boolean }) {
  const now = useNow(live ? 1000 : 60_000)
  return (
    <View className='appeal-deadlines'>
      {deadlines.map((d) => {
        const { met, overdue, remainingMs } = deadlineState(d, now)
        const status = met
          ? t(overdue ? 'appeal.deadline.metLate' : 'appeal.deadline.met', { time: time(d.metAt ?? 0) })
          : live
            ? t(overdue ? 'appeal.deadline.overdue' : 'appeal.deadline.left', { time: durationText(t, remainingMs) })
            : ''
        return (
          <View key={`${d.kind}-${d.policy}`} className='appeal-deadlines__row'>
            <View className='appeal-deadlines__head'>
              <Text className='appeal-deadlines__kind'>{`${t(`appeal.deadline.${d.kind}`)} · ${ruleText(t, d)}`}</Text>
              <Text
                className={`appeal-deadlines__state ${overdue ? 'appeal-countdown--overdue' : met ? 'appeal-deadlines__state--met' : ''}`}
              >
                {`${overdue && !met && live ? '⚠ ' : met ? '✓ ' : ''}${status}`}
              </Text>
            </View>
            <Text className='appeal-deadlines__due'>{t('appeal.deadline.due', { time: time(d.dueAt) })}</Text>
            {isProvisional(d) ? (
              <Text className='appeal-deadlines__provisional'>
                {t('appeal.deadline.provisional', { year: shanghaiDate(d.dueAt).slice(0, 4) })}
              </Text>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
