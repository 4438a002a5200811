import { Text, View } from '@tarojs/components'
import type { ApplicationView } from '@/backend/types'
import { APPLICATION_STATUSES, type ApplicationStatus } from '@/core/applications'
import { formatShanghai, isProvisionalInstant, shanghaiDate, workingDaysBetween } from '@/core/calendar'
import type { Translate } from '@/core/i18n'
import type { RatingRecord } from '@/core/rating'
import { Cell, Section, Tag } from '../ui'
import { useMatterName } from './api'
import './record.scss'

const isKnown = (s: string): s is ApplicationStatus => (APPLICATION_STATUSES as readonly string[]).includes(s)

/** a status this version does not know (a newer app's) reads 其他状态 */
export const applicationStatusLabel = (t: Translate, status: string) =>
  t(isKnown(status) ? `application.status.${status}` : 'application.status.other')

const TONES: Record<ApplicationStatus, 'info' | 'ok' | 'warn' | 'muted'> = {
  submitted: 'info',
  accepted: 'info',
  amending: 'warn',
  reviewing: 'info',
  publicizing: 'info',
  decided: 'ok',
  paying: 'ok',
  paid: 'ok',
  returned: 'muted'
}

export function ApplicationStatusTag({ t, status }: { t: Translate; status: string }) {
  return <Tag tone={isKnown(status) ? TONES[status] : 'muted'}>{applicationStatusLabel(t, status)}</Tag>
}

const time = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD HH:mm')

/** the promised time limit as the applicant reads it: not started, running (with the working days left), stopped, met */
export function deadlineText(t: Translate, a: ApplicationView, now: number): string {
  const { deadline } = a
  if (deadline.metAt !== undefined) return t('application.deadline.met', { at: time(deadline.metAt) })
  if (deadline.dueAt === undefined)
    return deadline.promisedDays === 0
      ? t('application.deadline.instantAfterAccept')
      : t('application.deadline.afterAccept', { days: deadline.promisedDays })
  if (a.status === 'amending') return t('application.deadline.paused')
  const provisional = isProvisionalInstant(deadline.dueAt) ? t('application.deadline.provisional') : ''
  const due = formatShanghai(deadline.dueAt, 'YYYY-MM-DD')
  if (now > deadline.dueAt) return t('application.deadline.overdue', { due }) + provisional
  const left = workingDaysBetween(shanghaiDate(now), shanghaiDate(deadline.dueAt))
  return t('application.deadline.due', { due, left }) + provisional
}

/** the application at a glance: 申办编号, status, the time limit, what the office asked or decided */
export function ApplicationSummary({ t, a, now }: { t: Translate; a: ApplicationView; now: number }) {
  const matterName = useMatterName()
  return (
    <Section title={matterName(a)} extra={<ApplicationStatusTag t={t} status={a.status} />}>
      <Cell title={t('application.reference')} extra={a.reference} />
      <Cell title={t('application.submittedAt')} extra={time(a.createdAt)} />
      <Cell title={t('application.deadline')} subtitle={deadlineText(t, a, now)} />
      {a.deadline.pausedDays > 0 ? (
        <Cell title={t('application.deadline.pausedDays', { days: a.deadline.pausedDays })} />
      ) : null}
      {a.amendRequest ? (
        <View className='wst-application__notice' role='status'>
          <Text className='wst-application__notice-title'>{t('application.amendRequest')}</Text>
          <Text>{a.amendRequest.note}</Text>
        </View>
      ) : null}
      {a.decision ? (
        <View className='wst-application__notice' role='status'>
          <Text className='wst-application__notice-title'>
            {t('application.decision', { outcome: t(`application.outcome.${a.decision.outcome}`) })}
          </Text>
          <Text>{a.decision.text}</Text>
        </View>
      ) : null}
    </Section>
  )
}

/** 办理进度: every step with its time, newest last */
export function ApplicationTimeline({ t, a }: { t: Translate; a: ApplicationView }) {
  return (
    <Section title={t('application.timeline')}>
      <View className='wst-application__steps' role='list'>
        {a.timeline.map((step, i) => (
          <View key={`${step.event}-${step.at}-${i}`} className='wst-application__step' role='listitem'>
            <Text className='wst-application__step-title'>
              {`${t(`application.event.${step.event}`)} → ${applicationStatusLabel(t, step.to)}`}
            </Text>
            <Text className='wst-application__step-time'>{time(step.at)}</Text>
            {step.note ? <Text className='wst-application__step-note'>{step.note}</Text> : null}
          </View>
        ))}
      </View>
    </Section>
  )
}

/** a rating as given, and for a 差评 the office's call-back and 整改 with their due times */
export function RatingRecordView({ t, rating }: { t: Translate; rating: RatingRecord }) {
  const f = rating.followUp
  return (
    <Section title={t('rating.given', { level: t(`rating.level.${rating.level}`) })}>
      {rating.reason ? <Cell title={t('rating.givenReason', { reason: rating.reason })} /> : null}
      {f ? (
        <>
          <Cell
            title={t('rating.followUp')}
            subtitle={
              f.calledBackAt !== undefined
                ? t('rating.callbackDone', { at: time(f.calledBackAt), note: f.callbackNote ?? '' })
                : t('rating.callbackDue', { due: time(f.callbackDueAt) })
            }
          />
          <Cell
            title={t('rating.rectify')}
            subtitle={
              f.rectifiedAt !== undefined
                ? t('rating.rectifyDone', { at: time(f.rectifiedAt), note: f.rectifyNote ?? '' })
                : t('rating.rectifyDue', { due: time(f.rectifyDueAt) })
            }
          />
        </>
      ) : null}
    </Section>
  )
}
