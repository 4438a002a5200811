import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ApplicationView } from '@/backend/types'
import {
  APPLICATION_STATUSES,
  nextPayment,
  workflowOf,
  type Application,
  type ApplicationEvent,
  type ApplicationForm,
  type ApplicationPayment,
  type ApplicationStatus,
  type ApplicationWorkflow
} from '@/core/applications'
import { formatShanghai, isProvisionalInstant, shanghaiDate, workingDaysBetween } from '@/core/calendar'
import type { Translate } from '@/core/i18n'
import type { RatingRecord } from '@/core/rating'
import { Cell, Section, Tag } from '../ui'
import { useMatterName } from './api'
import './record.scss'

const isKnown = (s: string): s is ApplicationStatus => (APPLICATION_STATUSES as readonly string[]).includes(s)

/** what a status is called depends on the application's workflow and, once decided, on the outcome */
type Named = Pick<Application, 'workflow' | 'decision'>

/** a subsidy's own names: 初审中, 复审中, 通过 / 不予通过; its other statuses read as the standard ones */
const SUBSIDY_NAMES: readonly ApplicationStatus[] = ['accepted', 'reviewing']

function statusKey(status: string, a?: Named): string {
  if (!isKnown(status)) return 'application.status.other'
  if (a && workflowOf(a) === 'subsidy') {
    if (status === 'decided' && a.decision) return `application.status.subsidy.${a.decision.outcome}`
    if (SUBSIDY_NAMES.includes(status)) return `application.status.subsidy.${status}`
  }
  return `application.status.${status}`
}

/** a status this version does not know (a newer app's) reads 其他状态 */
export const applicationStatusLabel = (t: Translate, status: string, a?: Named) => t(statusKey(status, a))

/** a workflow's own names of steps: 初审通过 for the review that ends a subsidy's 初审, 办结 for a consultation's decision */
const OWN_EVENT_NAMES: Partial<Record<ApplicationWorkflow, readonly ApplicationEvent[]>> = {
  subsidy: ['review'],
  consultation: ['decide']
}

/** what a step is called, as the timeline and the office's buttons name it */
export const applicationEventLabel = (t: Translate, event: ApplicationEvent, a: Named) => {
  const workflow = workflowOf(a)
  return t(
    OWN_EVENT_NAMES[workflow]?.includes(event) ? `application.event.${workflow}.${event}` : `application.event.${event}`
  )
}

const TONES: Record<ApplicationStatus, 'info' | 'ok' | 'warn' | 'muted'> = {
  submitted: 'info',
  accepted: 'info',
  amending: 'warn',
  reviewing: 'info',
  publicizing: 'info',
  connected: 'info',
  decided: 'ok',
  paying: 'ok',
  paid: 'ok',
  returned: 'muted'
}

/** the status as text (the tone only repeats it) */
export function ApplicationStatusTag({ t, a }: { t: Translate; a: Named & { status: string } }) {
  const tone = !isKnown(a.status) ? 'muted' : a.decision?.outcome === 'denied' ? 'muted' : TONES[a.status]
  return <Tag tone={tone}>{applicationStatusLabel(t, a.status, a)}</Tag>
}

/**
 * the decision's outcome as the workflow words it: 准予 / 不予, a subsidy's 通过 / 不予通过, a consultation's
 * 达成合作意向 / 未达成合作意向
 */
const outcomeLabel = (t: Translate, a: Named & { decision: NonNullable<Named['decision']> }) => {
  const workflow = workflowOf(a)
  return t(
    workflow === 'subsidy'
      ? `application.status.subsidy.${a.decision.outcome}`
      : workflow === 'consultation'
        ? `application.outcome.consultation.${a.decision.outcome}`
        : `application.outcome.${a.decision.outcome}`
  )
}

/**
 * the time-limit texts a workflow words its own way: a consultation promises the 对接 (the meeting), not a decision
 * (受理后 3 个工作日内安排对接)
 */
const deadlineKey = (a: { workflow?: ApplicationWorkflow }, key: string) =>
  workflowOf(a) === 'consultation' ? `application.deadline.consultation.${key}` : `application.deadline.${key}`

/** the promised time limit of a form, before anything is filed: 受理后 15 个工作日内办结 */
export const promisedText = (t: Translate, form: Pick<ApplicationForm, 'workflow' | 'promisedDays'>) =>
  form.promisedDays === 0
    ? t(deadlineKey(form, 'instantAfterAccept'))
    : t(deadlineKey(form, 'afterAccept'), { days: form.promisedDays })

const time = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD HH:mm')
const date = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD')
/** 12,000: digits grouped by three (no Intl number formatting on every mini-program host) */
const yuan = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** 公示: until when, or that it has ended (the approval may come) */
export function publicityText(t: Translate, a: Pick<Application, 'publicity'>, now: number): string {
  if (!a.publicity) return ''
  const end = date(a.publicity.endsAt)
  return now > a.publicity.endsAt
    ? t('application.publicity.ended', { end })
    : t('application.publicity.until', { end })
}

/** one line of where an application stands beyond its status: the publicity's end, the next instalment */
export function progressText(t: Translate, a: Pick<Application, 'status' | 'publicity' | 'payments'>, now: number) {
  if (a.status === 'publicizing') return publicityText(t, a, now)
  const next = a.status === 'paying' ? nextPayment(a) : undefined
  return next ? t('application.payment.next', { label: next.label, due: next.dueOn }) : ''
}

/** the promised time limit as the applicant reads it: not started, running (with the working days left), stopped, met */
export function deadlineText(t: Translate, a: ApplicationView, now: number): string {
  const { deadline } = a
  if (deadline.metAt !== undefined) return t(deadlineKey(a, 'met'), { at: time(deadline.metAt) })
  if (deadline.dueAt === undefined)
    return promisedText(t, { workflow: a.workflow, promisedDays: deadline.promisedDays })
  if (a.status === 'amending') return t('application.deadline.paused')
  const provisional = isProvisionalInstant(deadline.dueAt) ? t('application.deadline.provisional') : ''
  const due = formatShanghai(deadline.dueAt, 'YYYY-MM-DD')
  if (now > deadline.dueAt) return t('application.deadline.overdue', { due }) + provisional
  const left = workingDaysBetween(shanghaiDate(now), shanghaiDate(deadline.dueAt))
  return t(deadlineKey(a, 'due'), { due, left }) + provisional
}

/** the application at a glance: 申办编号, status, the time limit, what the office asked or decided */
export function ApplicationSummary({ t, a, now }: { t: Translate; a: ApplicationView; now: number }) {
  const matterName = useMatterName()
  return (
    <Section title={matterName(a)} extra={<ApplicationStatusTag t={t} a={a} />}>
      <Cell title={t('application.reference')} extra={a.reference} />
      <Cell title={t('application.submittedAt')} extra={time(a.createdAt)} />
      <Cell title={t('application.deadline')} subtitle={deadlineText(t, a, now)} />
      {a.deadline.pausedDays > 0 ? (
        <Cell title={t('application.deadline.pausedDays', { days: a.deadline.pausedDays })} />
      ) : null}
      {a.publicity ? <Cell title={t('application.publicity')} subtitle={publicityText(t, a, now)} /> : null}
      {a.amendRequest ? (
        <View className='wst-application__notice' role='status'>
          <Text className='wst-application__notice-title'>{t('application.amendRequest')}</Text>
          <Text>{a.amendRequest.note}</Text>
        </View>
      ) : null}
      {a.decision ? (
        <View className='wst-application__notice' role='status'>
          <Text className='wst-application__notice-title'>
            {t('application.decision', { outcome: outcomeLabel(t, { ...a, decision: a.decision }) })}
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
              {`${applicationEventLabel(t, step.event, a)} → ${applicationStatusLabel(t, step.to, a)}`}
            </Text>
            <Text className='wst-application__step-time'>{time(step.at)}</Text>
            {step.note ? <Text className='wst-application__step-note'>{step.note}</Text> : null}
          </View>
        ))}
      </View>
    </Section>
  )
}

function PaymentCell({ t, p }: { t: Translate; p: ApplicationPayment }) {
  const paid = p.paidAt !== undefined
  return (
    <Cell
      title={
        p.amountYuan === undefined
          ? p.label
          : t('application.payment.amount', { label: p.label, yuan: yuan(p.amountYuan) })
      }
      subtitle={
        paid
          ? [t('application.payment.paidAt', { at: time(p.paidAt!) }), p.note].filter(Boolean).join(' · ')
          : t('application.payment.dueOn', { due: p.dueOn })
      }
      extra={
        <Tag tone={paid ? 'ok' : 'info'}>{t(paid ? 'application.payment.paid' : 'application.payment.pending')}</Tag>
      }
    />
  )
}

/** a long schedule (36 monthly instalments) shows the last one paid and the next ones until asked for all */
const PAYMENTS_SHOWN = 4

/** 发放安排: every instalment of an approval with its due date, and its paid date once paid */
export function ApplicationPayments({ t, a }: { t: Translate; a: Pick<Application, 'payments'> }) {
  const [all, setAll] = useState(false)
  const payments = a.payments ?? []
  if (payments.length === 0) return null
  const total = payments.reduce((sum, p) => sum + (p.amountYuan ?? 0), 0)
  const paid = payments.filter((p) => p.paidAt !== undefined).length
  const from = Math.min(Math.max(0, paid - 1), payments.length - PAYMENTS_SHOWN)
  const shown = all || payments.length <= PAYMENTS_SHOWN ? payments : payments.slice(from, from + PAYMENTS_SHOWN)
  return (
    <Section title={t('application.payments')}>
      <Cell
        title={t('application.payments.progress', { paid, count: payments.length })}
        extra={total > 0 ? t('application.payments.total', { yuan: yuan(total) }) : undefined}
      />
      {shown.map((p) => (
        <PaymentCell key={`${p.dueOn}-${p.label}`} t={t} p={p} />
      ))}
      {shown.length < payments.length ? (
        <View className='wst-application__more'>
          <Text className='wst-link' {...{ role: 'button' }} onClick={() => setAll(true)}>
            {t('application.payments.all', { count: payments.length })}
          </Text>
        </View>
      ) : null}
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
