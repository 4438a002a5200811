// The 12345 appeal loop as a state machine: 提交 → 受理 → 派单 → 签收办理 → 答复 → 回访 → 评价 → 办结,
// with 撤回, 退单/改派 and one 重办 after a 差评. The transitions are a table (who may do what
// from which status); applyEvent checks a command against it and returns a new Appeal with
// one timeline entry more, never changing the one it was given.
import type {
  Appeal,
  AppealActor,
  AppealEvent,
  AppealPhoto,
  AppealRequest,
  AppealStatus,
  RoutingResult,
  TimelineEntry
} from './types'
import type { RatingLevel } from '../domain'
import type { AppealCode } from './codes'
import { commandShapeError } from './command-shape'
import { deadlinesFor, markMet, type DeadlinePolicy } from './deadlines'
import { isBadRating, ratingProblem } from '../rating'

export { BAD_RATING_MAX, isBadRating } from '../rating'

interface CommandBase {
  /** who sends it: the citizen, the 12345 centre or the handling unit */
  actor: AppealActor
  /** for a unit's command: the unit acting; when given it must be the appeal's unit */
  actingUnitId?: string
  /** kept on the timeline entry */
  note?: string
}

/** What an actor asks the workflow to do (submit is createAppeal). */
export type AppealCommand = CommandBase &
  (
    | { event: 'withdraw' }
    | { event: 'rate'; level: RatingLevel; reason?: string }
    | { event: 'accept' }
    | { event: 'dispatch'; unitId: string }
    | { event: 'reassign'; unitId: string }
    | { event: 'revisit' }
    | { event: 'close' }
    | { event: 'start' }
    | { event: 'return'; note: string }
    | { event: 'contact' }
    | { event: 'reply'; text: string; attachments?: AppealPhoto[] }
  )

export type CommandOf<E extends AppealEvent> = Extract<AppealCommand, { event: E }>

export interface Transition<E extends AppealEvent = AppealEvent> {
  event: E
  actor: AppealActor
  /** statuses the event is allowed in; null for submit, which creates the appeal */
  from: readonly AppealStatus[] | null
  to: AppealStatus | ((appeal: Appeal, command: CommandOf<E>) => AppealStatus)
  // Method syntax on purpose: its parameters are bivariant, so a row typed for one event
  // fits the table of all events; applyEvent only calls it with a command of that event.
  /** refuses a command the status allows, e.g. a 差评 without a reason */
  check?(appeal: Appeal, command: CommandOf<E>): AppealCode | null
}

export const REPLY_MIN_LENGTH = 10
export const NOTE_MIN_LENGTH = 5
/** the longest reason or note a form takes */
export const NOTE_MAX_LENGTH = 500
/** one 重办 round: the rating after it closes the appeal whatever it is */
export const MAX_REDO = 1

export const TERMINAL_STATUSES: readonly AppealStatus[] = ['closed', 'withdrawn']

export function isTerminal(status: AppealStatus): boolean {
  return TERMINAL_STATUSES.includes(status)
}

const length = (s: unknown): number => (typeof s === 'string' ? Array.from(s.trim()).length : 0)

const needsUnit = (_: Appeal, c: { unitId: string }): AppealCode | null =>
  typeof c.unitId === 'string' && c.unitId.trim() !== '' ? null : 'appeal.unit.required'

/** a rating's own rule (a level of 1..5; a 差评 says why), for the rating form to check before sending */
export function checkRating(c: { level: RatingLevel; reason?: string }): AppealCode | null {
  const problem = ratingProblem(c.level, c.reason)
  return problem ? `appeal.rate.${problem}` : null
}

/** 差评 on the first round sends it back to the same unit (重办); any later rating closes it. */
function rateOutcome(appeal: Appeal, c: CommandOf<'rate'>): AppealStatus {
  return isBadRating(c.level) && appeal.redoCount < MAX_REDO ? 'processing' : 'closed'
}

const row = <E extends AppealEvent>(t: Transition<E>): Transition => t as unknown as Transition

/** Every allowed move. A status/actor pair not listed here is refused. */
export const TRANSITIONS: readonly Transition[] = [
  row({ event: 'submit', actor: 'citizen', from: null, to: 'submitted' }),
  // 撤回: only while the centre has not accepted it
  row({ event: 'withdraw', actor: 'citizen', from: ['submitted'], to: 'withdrawn' }),
  row({ event: 'accept', actor: 'center', from: ['submitted'], to: 'accepted' }),
  // 派单, also after a 退单 (the centre picks the next unit)
  row({ event: 'dispatch', actor: 'center', from: ['accepted'], to: 'dispatched', check: needsUnit }),
  // 改派 while a unit has it
  row({
    event: 'reassign',
    actor: 'center',
    from: ['dispatched', 'processing'],
    to: 'dispatched',
    check: (a, c) => needsUnit(a, c) ?? (c.unitId.trim() === a.unitId ? 'appeal.reassign.sameUnit' : null)
  }),
  row({ event: 'start', actor: 'unit', from: ['dispatched'], to: 'processing' }),
  // 退单: back to the centre with the reason
  row({
    event: 'return',
    actor: 'unit',
    from: ['dispatched', 'processing'],
    to: 'accepted',
    check: (_, c) => (length(c.note) < NOTE_MIN_LENGTH ? 'appeal.return.noteRequired' : null)
  }),
  row({ event: 'contact', actor: 'unit', from: ['processing'], to: 'processing' }),
  row({
    event: 'reply',
    actor: 'unit',
    from: ['processing'],
    to: 'replied',
    check: (_, c) => (length(c.text) < REPLY_MIN_LENGTH ? 'appeal.reply.textTooShort' : null)
  }),
  row({ event: 'revisit', actor: 'center', from: ['replied'], to: 'awaiting_rating' }),
  row({ event: 'rate', actor: 'citizen', from: ['awaiting_rating'], to: rateOutcome, check: (_, c) => checkRating(c) }),
  // 办结 without a rating: the rating period ran out, or the citizen declined to rate
  row({ event: 'close', actor: 'center', from: ['awaiting_rating'], to: 'closed' }),
  // 表扬 needs no 回访 or rating: the centre closes it once the unit has replied
  row({
    event: 'close',
    actor: 'center',
    from: ['replied'],
    to: 'closed',
    check: (a) => (a.type === 'praise' ? null : 'appeal.close.ratingPending')
  })
]

/** The events an actor may send in a status (for the buttons a page shows). */
export function allowedEvents(status: AppealStatus, actor: AppealActor): AppealEvent[] {
  const events = TRANSITIONS.filter((t) => t.actor === actor && t.from?.includes(status)).map((t) => t.event)
  return [...new Set(events)]
}

export type ApplyResult = { ok: true; appeal: Appeal } | { ok: false; reason: AppealCode }

const refuse = (reason: AppealCode): ApplyResult => ({ ok: false, reason })

/** Changes an accepted command makes besides status, updatedAt and the timeline. */
function effects(
  appeal: Appeal,
  command: AppealCommand,
  to: AppealStatus,
  at: number,
  policies: readonly DeadlinePolicy[]
): Partial<Appeal> {
  switch (command.event) {
    case 'dispatch':
    case 'reassign':
      return { unitId: command.unitId.trim() }
    case 'return':
      return { unitId: undefined }
    case 'contact':
      return { deadlines: markMet(appeal.deadlines, 'contact', at) }
    case 'reply':
      return {
        replies: [
          ...appeal.replies,
          { at, unitId: appeal.unitId ?? '', text: command.text.trim(), attachments: [...(command.attachments ?? [])] }
        ],
        deadlines: markMet(markMet(appeal.deadlines, 'contact', at), 'reply', at)
      }
    case 'rate': {
      const reason = command.reason?.trim()
      const rating = { at, level: command.level, round: appeal.redoCount + 1, ...(reason ? { reason } : {}) }
      const ratings = [...appeal.ratings, rating]
      if (to === 'processing') {
        // 重办: the same unit starts over against the redo policy's deadlines, counted from now
        const redoCount = appeal.redoCount + 1
        return { ratings, redoCount, deadlines: deadlinesFor(appeal, at, policies, { redo: true }) }
      }
      return { ratings, deadlines: markMet(appeal.deadlines, 'close', at) }
    }
    case 'close':
      return { deadlines: markMet(appeal.deadlines, 'close', at) }
    default:
      return {}
  }
}

function timelineNote(command: AppealCommand): string | undefined {
  const note = (command.event === 'rate' ? (command.reason ?? command.note) : command.note)?.trim()
  return note ? note : undefined
}

/**
 * Applies a command at instant `at`. Refusals, in this order: an unknown event, an actor who
 * may never send it, a status that does not allow it (terminal statuses allow nothing), a
 * unit acting on another unit's appeal, the row's own check, a time before the last entry.
 */
export function applyEvent(
  appeal: Appeal,
  command: AppealCommand,
  at: number,
  policies: readonly DeadlinePolicy[]
): ApplyResult {
  const shapeError = commandShapeError(command)
  if (shapeError) return refuse(shapeError)
  const rows = TRANSITIONS.filter((t) => t.from !== null && t.event === command.event)
  if (rows.length === 0) return refuse('appeal.event.unknown')
  if (!rows.some((t) => t.actor === command.actor)) return refuse('appeal.actor.notAllowed')
  const transition = rows.find((t) => t.actor === command.actor && t.from?.includes(appeal.status))
  if (!transition) {
    const afterAccept = command.event === 'withdraw' && !isTerminal(appeal.status)
    return refuse(afterAccept ? 'appeal.withdraw.afterAccept' : 'appeal.transition.invalid')
  }
  if (transition.actor === 'unit' && command.actingUnitId !== undefined && command.actingUnitId !== appeal.unitId) {
    return refuse('appeal.unit.notAssigned')
  }
  const refused = transition.check?.(appeal, command)
  if (refused) return refuse(refused)
  if (!Number.isFinite(at) || at < appeal.updatedAt) return refuse('appeal.time.beforeLast')

  const to = typeof transition.to === 'function' ? transition.to(appeal, command) : transition.to
  const changed: Appeal = { ...appeal, ...effects(appeal, command, to, at, policies), status: to, updatedAt: at }
  // the unit concerned: the new one after 派单/改派, the one returning it after 退单
  const unitId = changed.unitId ?? appeal.unitId
  const note = timelineNote(command)
  const entry: TimelineEntry = {
    event: command.event,
    actor: command.actor,
    at,
    from: appeal.status,
    to,
    ...(unitId ? { unitId } : {}),
    ...(note ? { note } : {})
  }
  return { ok: true, appeal: { ...changed, timeline: [...appeal.timeline, entry] } }
}

export interface CreateAppealOptions {
  id: string
  /** 诉求编号 */
  reference: string
  routing: RoutingResult
  /** submission instant, epoch ms: the deadlines count from it */
  at: number
  policies: readonly DeadlinePolicy[]
}

/** A newly submitted appeal: status 'submitted', the submit entry, and its deadlines. */
export function createAppeal(request: AppealRequest, options: CreateAppealOptions): Appeal {
  const { id, reference, routing, at, policies } = options
  return {
    ...request,
    id,
    reference,
    status: 'submitted',
    createdAt: at,
    updatedAt: at,
    routing,
    timeline: [{ event: 'submit', actor: 'citizen', at, from: null, to: 'submitted' }],
    replies: [],
    ratings: [],
    redoCount: 0,
    deadlines: deadlinesFor(request, at, policies)
  }
}
