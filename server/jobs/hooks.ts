// What a workflow step leaves for the jobs, written in the step's own transaction (so a refused step leaves nothing
// and a committed one always has its job): a status message owed to the resident, and the follow-up task of a
// 差评. The routes call `afterChange` with the record before and after the step, and `recordGrants` with the
// templates a filing says the resident accepted.
import { followUpFor, isBadRating, type RatingRecord } from '@/core/rating'
import type { Queryable } from '../db'
import { enqueue } from './queue'

export type RecordKind = 'appeal' | 'application'

/** the statuses a resident is told of; the others are steps inside the office */
export const MESSAGE_STATUSES: Record<RecordKind, readonly string[]> = {
  // 已受理, 已答复, 请评价 (回访 done), 已办结
  appeal: ['accepted', 'replied', 'awaiting_rating', 'closed'],
  // 已受理, 待补正, 已办结, 已退回, 已发放
  application: ['accepted', 'amending', 'decided', 'returned', 'paid']
}

const TABLES: Record<RecordKind, string> = { appeal: 'appeals', application: 'applications' }

interface Changed {
  id: string
  reference: string
  status: string
  updatedAt: number
  timeline: readonly { actor: string }[]
  ratings: readonly RatingRecord[]
  unitId?: string
  matterName?: string
  deadlines?: readonly { kind: string; dueAt: number; metAt?: number }[]
}

export const MESSAGE_JOB = 'message.send'

/** the step's consequences: a status message (outbox row and its job), a 差评's follow-up task, its progress */
export async function afterChange(tx: Queryable, kind: RecordKind, before: Changed, after: Changed): Promise<void> {
  // the resident's own steps (a withdrawal, a rating that closes) tell them nothing they do not know
  const byResident = ['citizen', 'applicant'].includes(String(after.timeline[after.timeline.length - 1]?.actor))
  if (!byResident && after.status !== before.status && MESSAGE_STATUSES[kind].includes(after.status)) {
    // the event is the timeline entry that made the change: the same step is one message however often it is seen
    const eventId = `${after.status}:${after.timeline.length}`
    const payload = {
      reference: after.reference,
      status: after.status,
      at: after.updatedAt,
      ...(after.matterName ? { title: after.matterName } : {})
    }
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO message_outbox (user_id, record_kind, record_id, event_kind, event_id, payload, created_at)
       SELECT user_id, $1, id, 'status', $3, $4, $5 FROM ${TABLES[kind]} WHERE id = $2
       ON CONFLICT DO NOTHING RETURNING id`,
      [kind, after.id, eventId, JSON.stringify(payload), after.updatedAt]
    )
    if (rows[0]) {
      await enqueue(tx, {
        kind: MESSAGE_JOB,
        key: `message:${rows[0].id}`,
        payload: { outboxId: rows[0].id },
        runAt: after.updatedAt
      })
    }
  }
  const rated = after.ratings.length > before.ratings.length ? after.ratings[after.ratings.length - 1] : undefined
  if (rated && isBadRating(rated.level)) await startFollowUp(tx, kind, after, rated)
  await syncFollowUp(tx, kind, after)
}

/**
 * A 差评's task: an application's from its rating's follow-up; an appeal's first 差评 sends it back for 重办, whose
 * contact and reply deadlines are the callback and the rectification. A later 差评 closes the appeal: the callback
 * is due within a working day all the same (the workflow has no step to record it yet).
 */
async function startFollowUp(tx: Queryable, kind: RecordKind, after: Changed, rated: RatingRecord) {
  const plan = rated.followUp ?? followUpFor(rated.level, rated.at)!
  const redo = kind === 'appeal' && after.status === 'processing'
  const due = (k: string, fallback: number) =>
    (redo ? after.deadlines?.find((d) => d.kind === k)?.dueAt : undefined) ?? fallback
  await tx.query(
    `INSERT INTO follow_ups (record_kind, record_id, round, unit_id, level, rated_at, callback_due_at, rectify_due_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [
      kind,
      after.id,
      rated.round,
      after.unitId ?? null,
      rated.level,
      rated.at,
      due('contact', plan.callbackDueAt),
      due('reply', plan.rectifyDueAt)
    ]
  )
}

/** the follow-up's steps as the record shows them met */
async function syncFollowUp(tx: Queryable, kind: RecordKind, after: Changed) {
  const last = after.ratings[after.ratings.length - 1]
  if (!last || !isBadRating(last.level)) return
  const met = (k: string) => after.deadlines?.find((d) => d.kind === k)?.metAt
  const redo = kind === 'appeal' && after.status !== 'closed'
  const calledBack = kind === 'application' ? last.followUp?.calledBackAt : redo ? met('contact') : undefined
  const rectified = kind === 'application' ? last.followUp?.rectifiedAt : redo ? met('reply') : undefined
  if (calledBack === undefined && rectified === undefined) return
  await tx.query(
    `UPDATE follow_ups SET called_back_at = COALESCE(called_back_at, $4), rectified_at = COALESCE(rectified_at, $5)
     WHERE record_kind = $1 AND record_id = $2 AND round = $3`,
    [kind, after.id, last.round, calledBack ?? null, rectified ?? null]
  )
}

/** templates the resident accepted (a filing's `subscriptions`, or PUT /me/subscriptions): one grant each */
export async function recordGrants(
  q: Queryable,
  userId: number,
  kind: RecordKind,
  templateIds: readonly string[] | undefined,
  at: number
): Promise<void> {
  for (const templateId of new Set(templateIds ?? [])) {
    await q.query(
      `INSERT INTO subscriptions (user_id, template_id, record_kind, granted_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, template_id) DO UPDATE SET record_kind = EXCLUDED.record_kind,
         granted_at = GREATEST(subscriptions.granted_at, EXCLUDED.granted_at)`,
      [userId, templateId, kind, at]
    )
  }
}
