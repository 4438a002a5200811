// The application workflow as a table: who may do what from which status, in which workflow. The standard one:
// 已提交 → 已受理 → (补正 ⇄) 审核中 → 办结 (准予 / 不予), or 退回. A subsidy's: 已提交 → 初审 (accepted) → (补正 →)
// 复审 (reviewing) → 公示 (5 working days) → 通过, with the payout schedule (发放中 → 已发放), or 不予通过 from 初审,
// 复审 or 公示. A consultation's (投资咨询, 我要对接): 已提交 → 已受理 → (补正 →) 已对接, the office's note of who met the
// company, when and in which park, → 已办结 with the result, or 退回. Then 好差评, whose 差评 the office follows up (回访, 整改). applyApplicationEvent checks a command
// against the table and returns a new Application with one timeline step more, never changing the one it was
// given. The promised time limit runs in working days from 受理 and stops while the applicant amends: the working
// days spent in 补正 are added to it.
import { addMonths, addWorkingDaysAt, shanghaiDate, workingDaysBetween } from '../calendar'
import type { RatingLevel } from '../domain'
import { followUpFor, ratingProblem, type RatingRecord } from '../rating'
import type { ApplicationCode } from './codes'
import type {
  Application,
  ApplicationActor,
  ApplicationEvent,
  ApplicationForm,
  ApplicationPayment,
  ApplicationRequest,
  ApplicationStatus,
  ApplicationWorkflow,
  Attachment,
  DecisionOutcome
} from './types'

/** notes, decision texts and reasons, in characters */
export const APPLICATION_NOTE_MIN_LENGTH = 5

/** 公示期: a subsidy's approval waits this many working days after the publicity starts */
export const PUBLICITY_WORKING_DAYS = 5

interface CommandBase {
  actor: ApplicationActor
}

export type ApplicationCommand = CommandBase &
  (
    | { event: 'accept'; note?: string }
    | { event: 'requestAmend'; note: string; fields: string[]; materials: string[] }
    | { event: 'amend'; answers: Record<string, string>; attachments: Record<string, Attachment[]> }
    | { event: 'review'; note?: string }
    | { event: 'publicize'; note?: string }
    | { event: 'connect'; note: string }
    | { event: 'decide'; outcome: DecisionOutcome; text: string }
    | { event: 'pay'; note?: string }
    | { event: 'return'; note: string }
    | { event: 'rate'; level: RatingLevel; reason?: string }
    | { event: 'callBack'; note: string }
    | { event: 'rectify'; note: string }
  )

type CommandOf<E extends ApplicationEvent> = Extract<ApplicationCommand, { event: E }>

/** the office's side of the loop: what the office console sends and the server accepts */
export type OfficeApplicationCommand = Exclude<ApplicationCommand, { event: 'amend' } | { event: 'rate' }>

interface Row<E extends ApplicationEvent = ApplicationEvent> {
  event: E
  actor: ApplicationActor
  from: readonly ApplicationStatus[]
  /** the workflows the row belongs to; absent: every workflow */
  workflows?: readonly ApplicationWorkflow[]
  /** the status after it; absent: the status stays (a rating, a follow-up) */
  to?: ApplicationStatus | ((a: Application, c: CommandOf<E>) => ApplicationStatus)
  /** `at` is the instant the step will carry */
  check?(a: Application, c: CommandOf<E>, at: number): ApplicationCode | null
  /** what the event writes besides status and timeline */
  apply?(a: Application, c: CommandOf<E>, at: number): Partial<Application>
  note?(c: CommandOf<E>, a: Application): string | undefined
}

export const workflowOf = (a: { workflow?: ApplicationWorkflow }): ApplicationWorkflow => a.workflow ?? 'standard'

const length = (s: unknown): number => (typeof s === 'string' ? Array.from(s.trim()).length : 0)
const short = (s: unknown) => length(s) < APPLICATION_NOTE_MIN_LENGTH
/** an optional note as the timeline keeps it: trimmed text, or nothing (whatever else a client sent) */
const optionalNote = (s: unknown): string | undefined => (typeof s === 'string' && s.trim() ? s.trim() : undefined)
const lastRating = (a: Application): RatingRecord | undefined => a.ratings[a.ratings.length - 1]
const acceptedAt = (a: Application) => a.timeline.find((s) => s.event === 'accept')?.at

/** the due instant: the promised working days (plus those spent in 补正) after the day of 受理 */
function dueAt(a: Application, pausedDays: number): number | undefined {
  const accepted = acceptedAt(a)
  return accepted === undefined ? undefined : addWorkingDaysAt(accepted, a.deadline.promisedDays + pausedDays)
}

const row = <E extends ApplicationEvent>(r: Row<E>): Row => r as unknown as Row

/** the steps of the payout plan that apply to the application's answers */
const payoutFor = (a: Pick<Application, 'payout' | 'answers'>) =>
  (a.payout ?? []).filter((p) => !p.showWhen || p.showWhen.values.includes(a.answers[p.showWhen.field] ?? ''))

/** an approval's schedule: each step of the plan that applies to the answers, due months after the approval day */
export function paymentSchedule(a: Pick<Application, 'payout' | 'answers'>, approvedAt: number): ApplicationPayment[] {
  const day = shanghaiDate(approvedAt)
  return payoutFor(a).map((p) => ({
    label: p.label,
    ...(p.amountYuan !== undefined ? { amountYuan: p.amountYuan } : {}),
    dueOn: addMonths(day, p.monthsAfterApproval)
  }))
}

/** the first instalment not yet paid */
export const nextPayment = (a: Pick<Application, 'payments'>): ApplicationPayment | undefined =>
  a.payments?.find((p) => p.paidAt === undefined)

const decideCheck = (_a: Application, c: CommandOf<'decide'>): ApplicationCode | null =>
  c.outcome !== 'approved' && c.outcome !== 'denied'
    ? 'application.decide.outcome'
    : short(c.text)
      ? 'application.decide.textRequired'
      : null

function followUpCheck(key: 'calledBackAt' | 'rectifiedAt') {
  return (a: Application, c: { note: string }): ApplicationCode | null => {
    const follow = lastRating(a)?.followUp
    if (!follow) return 'application.followUp.none'
    if (follow[key] !== undefined) return 'application.followUp.done'
    return short(c.note) ? 'application.followUp.noteRequired' : null
  }
}

function followUpApply(key: 'callback' | 'rectify') {
  return (a: Application, c: { note: string }, at: number): Partial<Application> => {
    const ratings = a.ratings.slice()
    const last = ratings[ratings.length - 1]
    const note = c.note.trim()
    const followUp =
      key === 'callback'
        ? { ...last.followUp!, calledBackAt: at, callbackNote: note }
        : { ...last.followUp!, rectifiedAt: at, rectifyNote: note }
    ratings[ratings.length - 1] = { ...last, followUp }
    return { ratings }
  }
}

const OPEN: readonly ApplicationStatus[] = ['submitted', 'accepted', 'amending', 'reviewing', 'connected']
/** closed for the applicant (nothing more to do but rate): decided, returned, and an approval being or been paid */
const CLOSED: readonly ApplicationStatus[] = ['decided', 'returned', 'paying', 'paid']

export const APPLICATION_TRANSITIONS: readonly Row[] = [
  row({
    event: 'accept',
    actor: 'office',
    from: ['submitted'],
    to: 'accepted',
    // the clock starts: due once the promised working days after today have passed
    apply: (a, _c, at) => ({ deadline: { ...a.deadline, dueAt: addWorkingDaysAt(at, a.deadline.promisedDays) } }),
    note: (c) => c.note
  }),
  row({
    event: 'requestAmend',
    actor: 'office',
    from: ['accepted', 'reviewing'],
    to: 'amending',
    check: (_a, c) =>
      short(c.note)
        ? 'application.amend.noteRequired'
        : !Array.isArray(c.fields) || !Array.isArray(c.materials) || c.fields.length + c.materials.length === 0
          ? 'application.amend.nothingAsked'
          : null,
    apply: (_a, c, at) => ({
      amendRequest: { note: c.note.trim(), fields: [...c.fields], materials: [...c.materials], at }
    }),
    note: (c) => c.note.trim()
  }),
  row({
    event: 'amend',
    actor: 'applicant',
    from: ['amending'],
    // a consultation has no review: the amended request waits for its 对接 again
    to: (a) => (workflowOf(a) === 'consultation' ? 'accepted' : 'reviewing'),
    check: (a, c) => {
      const asked = a.amendRequest
      if (!asked) return 'application.transition.invalid'
      const fieldsOk = Object.keys(c.answers ?? {}).every((id) => asked.fields.includes(id))
      const materialsOk = Object.keys(c.attachments ?? {}).every((id) => asked.materials.includes(id))
      return fieldsOk && materialsOk ? null : 'application.amend.notAsked'
    },
    apply: (a, c, at) => {
      // the days the office waited for the applicant do not count against its promise
      const paused = Math.max(0, workingDaysBetween(shanghaiDate(a.amendRequest!.at), shanghaiDate(at)))
      const pausedDays = a.deadline.pausedDays + paused
      return {
        answers: { ...a.answers, ...c.answers },
        attachments: { ...a.attachments, ...c.attachments },
        amendRequest: undefined,
        deadline: { ...a.deadline, pausedDays, dueAt: dueAt(a, pausedDays) }
      }
    }
  }),
  row({
    event: 'review',
    actor: 'office',
    workflows: ['standard', 'subsidy'],
    from: ['accepted'],
    to: 'reviewing',
    note: (c) => c.note
  }),
  row({
    event: 'connect',
    actor: 'office',
    workflows: ['consultation'],
    from: ['accepted'],
    to: 'connected',
    check: (_a, c) => (short(c.note) ? 'application.connect.noteRequired' : null),
    // what the office promised is the meeting: the time limit is met once the company has been connected
    apply: (a, _c, at) => ({ deadline: { ...a.deadline, metAt: at } }),
    note: (c) => c.note.trim()
  }),
  row({
    event: 'publicize',
    actor: 'office',
    workflows: ['subsidy'],
    from: ['reviewing'],
    to: 'publicizing',
    // 复审 passed: the intended approval is published, and objections may come until the period ends
    apply: (_a, _c, at) => ({ publicity: { startedAt: at, endsAt: addWorkingDaysAt(at, PUBLICITY_WORKING_DAYS) } }),
    note: (c) => optionalNote(c.note)
  }),
  row({
    event: 'decide',
    actor: 'office',
    workflows: ['standard'],
    // 即办 items are decided straight after 受理
    from: ['accepted', 'reviewing'],
    to: 'decided',
    check: decideCheck,
    apply: (a, c, at) => ({
      decision: { outcome: c.outcome, text: c.text.trim(), at },
      deadline: { ...a.deadline, metAt: at }
    }),
    note: (c) => c.text.trim()
  }),
  row({
    event: 'decide',
    actor: 'office',
    workflows: ['subsidy'],
    // 不予通过 at 初审, 复审 or after an objection during 公示; 通过 only once the publicity period has ended
    from: ['accepted', 'reviewing', 'publicizing'],
    to: (a, c) => (c.outcome === 'approved' && payoutFor(a).length > 0 ? 'paying' : 'decided'),
    check: (a, c, at) =>
      decideCheck(a, c) ??
      (c.outcome !== 'approved'
        ? null
        : a.status !== 'publicizing' || !a.publicity
          ? 'application.decide.publicityFirst'
          : at <= a.publicity.endsAt
            ? 'application.decide.publicityRunning'
            : null),
    apply: (a, c, at) => {
      const payments = c.outcome === 'approved' ? paymentSchedule(a, at) : []
      return {
        decision: { outcome: c.outcome, text: c.text.trim(), at },
        deadline: { ...a.deadline, metAt: at },
        ...(payments.length ? { payments } : {})
      }
    },
    note: (c) => c.text.trim()
  }),
  row({
    event: 'decide',
    actor: 'office',
    workflows: ['consultation'],
    // 办结 after the meeting, with its result (达成合作意向 or not) in the text
    from: ['connected'],
    to: 'decided',
    check: decideCheck,
    apply: (_a, c, at) => ({ decision: { outcome: c.outcome, text: c.text.trim(), at } }),
    note: (c) => c.text.trim()
  }),
  row({
    event: 'pay',
    actor: 'office',
    workflows: ['subsidy'],
    from: ['paying'],
    to: (a) => (a.payments!.filter((p) => p.paidAt === undefined).length > 1 ? 'paying' : 'paid'),
    // an instalment is paid on or after its due date, never before
    check: (a, _c, at) => {
      const next = nextPayment(a)
      return !next || next.dueOn > shanghaiDate(at) ? 'application.pay.nothingDue' : null
    },
    apply: (a, c, at) => {
      const index = a.payments!.findIndex((p) => p.paidAt === undefined)
      const note = optionalNote(c.note)
      const payments = a.payments!.map((p, i) => (i === index ? { ...p, paidAt: at, ...(note ? { note } : {}) } : p))
      return { payments }
    },
    note: (c, a) => [nextPayment(a)!.label, optionalNote(c.note)].filter(Boolean).join(' · ')
  }),
  row({
    event: 'return',
    actor: 'office',
    from: OPEN,
    to: 'returned',
    check: (_a, c) => (short(c.note) ? 'application.return.noteRequired' : null),
    // a consultation returned after its 对接 met its time limit then
    apply: (a, _c, at) => ({ amendRequest: undefined, deadline: { ...a.deadline, metAt: a.deadline.metAt ?? at } }),
    note: (c) => c.note.trim()
  }),
  row({
    event: 'rate',
    actor: 'applicant',
    from: CLOSED,
    check: (a, c) => {
      if (a.ratings.length > 0) return 'application.rate.already'
      const problem = ratingProblem(c.level, c.reason)
      return problem ? `application.rate.${problem}` : null
    },
    apply: (a, c, at) => {
      const reason = typeof c.reason === 'string' && c.reason.trim() ? c.reason.trim() : undefined
      const rating: RatingRecord = { at, level: c.level, round: 1, ...(reason ? { reason } : {}) }
      const followUp = followUpFor(c.level, at)
      return { ratings: [...a.ratings, followUp ? { ...rating, followUp } : rating] }
    },
    note: (c) => c.reason?.trim() || undefined
  }),
  row({
    event: 'callBack',
    actor: 'office',
    from: CLOSED,
    check: followUpCheck('calledBackAt'),
    apply: followUpApply('callback'),
    note: (c) => c.note.trim()
  }),
  row({
    event: 'rectify',
    actor: 'office',
    from: CLOSED,
    check: followUpCheck('rectifiedAt'),
    apply: followUpApply('rectify'),
    note: (c) => c.note.trim()
  })
]

/** refusals caused by the application's state (409), not by what the command says (400) */
const STATE_CONFLICTS: readonly ApplicationCode[] = [
  'application.transition.invalid',
  'application.actor.notAllowed',
  'application.amend.notAsked',
  'application.rate.already',
  'application.followUp.none',
  'application.followUp.done',
  'application.decide.publicityFirst',
  'application.decide.publicityRunning',
  'application.pay.nothingDue'
]

export const isStateConflict = (reason: ApplicationCode): boolean => STATE_CONFLICTS.includes(reason)

export type ApplyResult = { ok: true; application: Application } | { ok: false; reason: ApplicationCode }

const rowsFor = (a: Application): readonly Row[] =>
  APPLICATION_TRANSITIONS.filter((r) => !r.workflows || r.workflows.includes(workflowOf(a)))

/** the events the actor may send now, e.g. for the office console's buttons */
export function allowedEvents(a: Application, actor: ApplicationActor): ApplicationEvent[] {
  const events = rowsFor(a)
    .filter((r) => r.actor === actor && r.from.includes(a.status))
    .map((r) => r.event)
  return [...new Set(events)]
}

export function applyApplicationEvent(a: Application, command: ApplicationCommand, at: number): ApplyResult {
  if (typeof command !== 'object' || command === null) return { ok: false, reason: 'application.command.invalid' }
  if (!APPLICATION_TRANSITIONS.some((r) => r.event === command.event))
    return { ok: false, reason: 'application.command.invalid' }
  // an event of another workflow (公示 of a standard item) is one this application's status never allows
  const rows = rowsFor(a).filter((r) => r.event === command.event)
  if (rows.length === 0) return { ok: false, reason: 'application.transition.invalid' }
  const byActor = rows.filter((r) => r.actor === command.actor)
  if (byActor.length === 0) return { ok: false, reason: 'application.actor.notAllowed' }
  const found = byActor.find((r) => r.from.includes(a.status))
  if (!found) return { ok: false, reason: 'application.transition.invalid' }
  // a clock that went backwards still writes a timeline in order
  const when = Math.max(at, a.updatedAt)
  const refused = found.check?.(a, command, when)
  if (refused) return { ok: false, reason: refused }
  const to = typeof found.to === 'function' ? found.to(a, command) : (found.to ?? a.status)
  const note = found.note?.(command, a)
  const next: Application = {
    ...a,
    ...found.apply?.(a, command, when),
    status: to,
    updatedAt: when,
    timeline: [
      ...a.timeline,
      { event: command.event, actor: command.actor, at: when, from: a.status, to, ...(note ? { note } : {}) }
    ]
  }
  if (next.amendRequest === undefined) delete next.amendRequest
  return { ok: true, application: next }
}

/** a new application, 已提交, from a request the form rules accepted */
export function createApplication(
  request: ApplicationRequest,
  form: ApplicationForm,
  ids: { id: string; reference: string; matterName: string; at: number }
): Application {
  return {
    ...request,
    id: ids.id,
    reference: ids.reference,
    matterName: ids.matterName,
    status: 'submitted',
    createdAt: ids.at,
    updatedAt: ids.at,
    timeline: [{ event: 'submit', actor: 'applicant', at: ids.at, from: null, to: 'submitted' }],
    deadline: { promisedDays: form.promisedDays, pausedDays: 0 },
    ratings: [],
    // the workflow and payout plan it was filed under stay with it, whatever later versions of the form say
    ...(form.workflow && form.workflow !== 'standard' ? { workflow: form.workflow } : {}),
    ...(form.payout?.length ? { payout: form.payout.map((p) => ({ ...p })) } : {})
  }
}

export const isClosedApplication = (status: ApplicationStatus): boolean => CLOSED.includes(status)
