// The application workflow as a table: who may do what from which status. 已提交 → 已受理 → (补正 ⇄) 审核中 →
// 办结 (准予 / 不予), or 退回; then 好差评, whose 差评 the office follows up (回访, 整改). applyApplicationEvent
// checks a command against the table and returns a new Application with one timeline step more, never changing
// the one it was given. The promised time limit runs in working days from 受理 and stops while the applicant
// amends: the working days spent in 补正 are added to it.
import { addWorkingDaysAt, shanghaiDate, workingDaysBetween } from '../calendar'
import type { RatingLevel } from '../domain'
import { followUpFor, ratingProblem, type RatingRecord } from '../rating'
import type { ApplicationCode } from './codes'
import type {
  Application,
  ApplicationActor,
  ApplicationEvent,
  ApplicationForm,
  ApplicationRequest,
  ApplicationStatus,
  Attachment,
  DecisionOutcome
} from './types'

/** notes, decision texts and reasons, in characters */
export const APPLICATION_NOTE_MIN_LENGTH = 5

interface CommandBase {
  actor: ApplicationActor
}

export type ApplicationCommand = CommandBase &
  (
    | { event: 'accept'; note?: string }
    | { event: 'requestAmend'; note: string; fields: string[]; materials: string[] }
    | { event: 'amend'; answers: Record<string, string>; attachments: Record<string, Attachment[]> }
    | { event: 'review'; note?: string }
    | { event: 'decide'; outcome: DecisionOutcome; text: string }
    | { event: 'return'; note: string }
    | { event: 'rate'; level: RatingLevel; reason?: string }
    | { event: 'callBack'; note: string }
    | { event: 'rectify'; note: string }
  )

type CommandOf<E extends ApplicationEvent> = Extract<ApplicationCommand, { event: E }>

/** the office's side of the loop: what the office console and the reference server accept */
export type OfficeApplicationCommand = Exclude<ApplicationCommand, { event: 'amend' } | { event: 'rate' }>

interface Row<E extends ApplicationEvent = ApplicationEvent> {
  event: E
  actor: ApplicationActor
  from: readonly ApplicationStatus[]
  /** the status after it; absent: the status stays (a rating, a follow-up) */
  to?: ApplicationStatus
  check?(a: Application, c: CommandOf<E>): ApplicationCode | null
  /** what the event writes besides status and timeline */
  apply?(a: Application, c: CommandOf<E>, at: number): Partial<Application>
  note?(c: CommandOf<E>): string | undefined
}

const length = (s: unknown): number => (typeof s === 'string' ? Array.from(s.trim()).length : 0)
const short = (s: unknown) => length(s) < APPLICATION_NOTE_MIN_LENGTH
const lastRating = (a: Application): RatingRecord | undefined => a.ratings[a.ratings.length - 1]
const acceptedAt = (a: Application) => a.timeline.find((s) => s.event === 'accept')?.at

/** the due instant: the promised working days (plus those spent in 补正) after the day of 受理 */
function dueAt(a: Application, pausedDays: number): number | undefined {
  const accepted = acceptedAt(a)
  return accepted === undefined ? undefined : addWorkingDaysAt(accepted, a.deadline.promisedDays + pausedDays)
}

const row = <E extends ApplicationEvent>(r: Row<E>): Row => r as unknown as Row

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

const OPEN: readonly ApplicationStatus[] = ['submitted', 'accepted', 'amending', 'reviewing']
const CLOSED: readonly ApplicationStatus[] = ['decided', 'returned']

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
    to: 'reviewing',
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
  row({ event: 'review', actor: 'office', from: ['accepted'], to: 'reviewing', note: (c) => c.note }),
  row({
    event: 'decide',
    actor: 'office',
    // 即办 items are decided straight after 受理
    from: ['accepted', 'reviewing'],
    to: 'decided',
    check: (_a, c) =>
      c.outcome !== 'approved' && c.outcome !== 'denied'
        ? 'application.decide.outcome'
        : short(c.text)
          ? 'application.decide.textRequired'
          : null,
    apply: (a, c, at) => ({
      decision: { outcome: c.outcome, text: c.text.trim(), at },
      deadline: { ...a.deadline, metAt: at }
    }),
    note: (c) => c.text.trim()
  }),
  row({
    event: 'return',
    actor: 'office',
    from: OPEN,
    to: 'returned',
    check: (_a, c) => (short(c.note) ? 'application.return.noteRequired' : null),
    apply: (a, _c, at) => ({ amendRequest: undefined, deadline: { ...a.deadline, metAt: at } }),
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
  'application.followUp.done'
]

export const isStateConflict = (reason: ApplicationCode): boolean => STATE_CONFLICTS.includes(reason)

export type ApplyResult = { ok: true; application: Application } | { ok: false; reason: ApplicationCode }

/** the events the actor may send now, e.g. for the office console's buttons */
export function allowedEvents(a: Application, actor: ApplicationActor): ApplicationEvent[] {
  return APPLICATION_TRANSITIONS.filter((r) => r.actor === actor && r.from.includes(a.status)).map((r) => r.event)
}

export function applyApplicationEvent(a: Application, command: ApplicationCommand, at: number): ApplyResult {
  if (typeof command !== 'object' || command === null) return { ok: false, reason: 'application.command.invalid' }
  const rows = APPLICATION_TRANSITIONS.filter((r) => r.event === command.event)
  if (rows.length === 0) return { ok: false, reason: 'application.command.invalid' }
  const byActor = rows.filter((r) => r.actor === command.actor)
  if (byActor.length === 0) return { ok: false, reason: 'application.actor.notAllowed' }
  const found = byActor.find((r) => r.from.includes(a.status))
  if (!found) return { ok: false, reason: 'application.transition.invalid' }
  const refused = found.check?.(a, command)
  if (refused) return { ok: false, reason: refused }
  // a clock that went backwards still writes a timeline in order
  const when = Math.max(at, a.updatedAt)
  const to = found.to ?? a.status
  const note = found.note?.(command)
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
    ratings: []
  }
}

export const isClosedApplication = (status: ApplicationStatus): boolean => CLOSED.includes(status)
