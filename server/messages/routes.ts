// The resident's subscriptions (PUT / GET /me/subscriptions: the templates they accepted on their platform) and
// the office's view of the jobs' results (GET /office/reminders: deadlines coming and passed; GET
// /office/follow-ups: the 差评 follow-up tasks; POST /office/follow-ups/:id/done: the 回访 the workflow has no step
// for), scoped as the office's own routes are.
import { z } from 'zod'
import { parseBody } from '../http/body'
import { conflict, forbidden, invalid, notFound } from '../http/errors'
import { audit } from '../auth/sessions'
import { recordGrants } from '../jobs/hooks'
import type { OfficePrincipal } from '../auth/sessions'
import type { RouteContext } from '../context'
import { paramsOf, queryOf } from '../context'
import { mattersOfDepartment } from '../routes/office-departments'

const subscriptionSchema = z.strictObject({
  kind: z.enum(['appeal', 'application']),
  /** the template ids the platform's dialog says were accepted; both platforms ask for at most 3 at once */
  accepted: z.array(z.string().min(1).max(128)).max(3)
})

interface SubscriptionRow {
  template_id: string
  record_kind: string
  granted_at: number
  used_at: number | null
}

/**
 * which rows an office account sees, as the office routes scope it: the centre every row, a unit its own appeals'
 * rows, a department its own matters' applications
 */
const scopeOf = (office: OfficePrincipal): [string, string | null, string[]] =>
  office.role === 'center'
    ? ['all', null, []]
    : office.role === 'unit'
      ? ['unit', office.unitId, []]
      : ['department', null, office.departmentId ? mattersOfDepartment(office.departmentId) : []]

/** the scope's condition, its three parameters numbered from n */
const scoped = (n: number) => `($${n}::text = 'all'
  OR ($${n} = 'unit' AND record_kind = 'appeal' AND unit_id = $${n + 1}::text)
  OR ($${n} = 'department' AND record_kind = 'application'
    AND record_id IN (SELECT id FROM applications WHERE matter_id = ANY($${n + 2}::text[]))))`

export function subscriptionRoutes({ app, db, now, sessions }: RouteContext) {
  const list = async (userId: number) => {
    const { rows } = await db.query<SubscriptionRow>(
      'SELECT template_id, record_kind, granted_at, used_at FROM subscriptions WHERE user_id = $1 ORDER BY template_id',
      [userId]
    )
    return {
      subscriptions: rows.map((r) => ({
        templateId: r.template_id,
        kind: r.record_kind,
        grantedAt: r.granted_at,
        // a one-time template: the acceptance is good for one message
        available: r.used_at === null || r.used_at < r.granted_at
      }))
    }
  }

  // PUT: the same acceptance sent twice is one grant, so a retried call never owes the resident two messages
  app.put('/me/subscriptions', async (req) => {
    const user = await sessions.user(req)
    const { kind, accepted } = parseBody(subscriptionSchema, req.body, 'subscription.invalid')
    await recordGrants(db, user.userId, kind, accepted, now())
    return list(user.userId)
  })

  app.get('/me/subscriptions', async (req) => list((await sessions.user(req)).userId))

  app.get('/office/reminders', async (req) => {
    const office = await sessions.office(req)
    const after = Number(queryOf(req).after ?? 0) || 0
    const { rows } = await db.query<{
      id: number
      record_kind: string
      record_id: string
      unit_id: string | null
      item: string
      kind: string
      due_at: number
      at: number
    }>(
      `SELECT id, record_kind, record_id, unit_id, item, kind, due_at, at FROM office_reminders
       WHERE id > $1 AND ${scoped(2)} ORDER BY id LIMIT 500`,
      [after, ...scopeOf(office)]
    )
    return rows.map((r) => ({
      id: r.id,
      recordKind: r.record_kind,
      recordId: r.record_id,
      unitId: r.unit_id ?? undefined,
      item: r.item,
      kind: r.kind,
      dueAt: r.due_at,
      at: r.at
    }))
  })

  app.get('/office/follow-ups', async (req) => {
    const office = await sessions.office(req)
    const { rows } = await db.query<FollowUpRow>(
      `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups f WHERE ${scoped(1)} ORDER BY rated_at DESC LIMIT 500`,
      scopeOf(office)
    )
    return rows.map((r) => followUpView(r, now()))
  })

  // 回访 done: the handling unit records the callback of a 差评 the workflow has no step for (an appeal its second
  // 差评 closed), with a note, in one transaction with the audit line. The same call again answers the task as it
  // was recorded; another unit's task answers as an unknown one.
  app.post('/office/follow-ups/:id/done', async (req) => {
    const office = await sessions.office(req)
    const { note } = parseBody(followUpDoneSchema, req.body, 'followUp.invalid')
    if (office.role === 'center') throw forbidden('office.role')
    const id = /^[1-9][0-9]{0,15}$/.test(paramsOf(req).id ?? '') ? Number(paramsOf(req).id) : 0
    if (Array.from(note.trim()).length < FOLLOW_UP_NOTE_MIN) throw invalid('followUp.noteRequired')
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<FollowUpRow>(
        `SELECT ${FOLLOW_UP_COLUMNS} FROM follow_ups f WHERE id = $1 AND ${scoped(2)} FOR UPDATE`,
        [id, ...scopeOf(office)]
      )
      const task = rows[0]
      if (!task) throw notFound('followUp.unknown')
      if (task.done_at !== null) return followUpView(task, now())
      // an application's 回访 and 整改 are its workflow's own steps, and so is an appeal's 联系 in its 重办
      const record = await tx.query<{ status: string }>(
        `SELECT status FROM ${task.record_kind === 'appeal' ? 'appeals' : 'applications'} WHERE id = $1`,
        [task.record_id]
      )
      const status = record.rows[0]?.status
      if (task.record_kind !== 'appeal' || !status || !['closed', 'withdrawn'].includes(status))
        throw conflict('followUp.byWorkflow')
      const at = now()
      const { rows: done } = await tx.query<FollowUpRow>(
        `UPDATE follow_ups f SET done_at = $2, done_by = $3, done_note = $4, called_back_at = COALESCE(called_back_at, $2)
         WHERE id = $1 RETURNING ${FOLLOW_UP_COLUMNS}`,
        [id, at, office.accountId, note.trim()]
      )
      await audit(tx, office, task.record_kind, task.record_id, 'followUp', status)
      return followUpView(done[0], at)
    })
  })
}

const FOLLOW_UP_NOTE_MIN = 5
const followUpDoneSchema = z.strictObject({ note: z.string().max(500) })

interface FollowUpRow {
  id: number
  record_kind: 'appeal' | 'application'
  record_id: string
  round: number
  unit_id: string | null
  level: number
  rated_at: number
  callback_due_at: number
  rectify_due_at: number
  called_back_at: number | null
  rectified_at: number | null
  done_at: number | null
  done_note: string | null
  done_by_name: string | null
}

const FOLLOW_UP_COLUMNS = `f.id, f.record_kind, f.record_id, f.round, f.unit_id, f.level, f.rated_at, f.callback_due_at,
  f.rectify_due_at, f.called_back_at, f.rectified_at, f.done_at, f.done_note,
  (SELECT username FROM office_accounts WHERE id = f.done_by) AS done_by_name`

/**
 * a task's state in words the console shows: done (its 回访 recorded, or both steps met through the workflow),
 * overdue (a step past its time and unmet), open
 */
function followUpState(r: FollowUpRow, at: number): 'done' | 'overdue' | 'open' {
  if (r.done_at !== null || (r.called_back_at !== null && r.rectified_at !== null)) return 'done'
  const late = (due: number, met: number | null) => met === null && at > due
  return late(r.callback_due_at, r.called_back_at) || late(r.rectify_due_at, r.rectified_at) ? 'overdue' : 'open'
}

const followUpView = (r: FollowUpRow, at: number) => ({
  id: Number(r.id),
  recordKind: r.record_kind,
  recordId: r.record_id,
  round: r.round,
  unitId: r.unit_id ?? undefined,
  level: r.level,
  ratedAt: Number(r.rated_at),
  callbackDueAt: Number(r.callback_due_at),
  rectifyDueAt: Number(r.rectify_due_at),
  calledBackAt: r.called_back_at === null ? undefined : Number(r.called_back_at),
  rectifiedAt: r.rectified_at === null ? undefined : Number(r.rectified_at),
  state: followUpState(r, at),
  doneAt: r.done_at === null ? undefined : Number(r.done_at),
  doneBy: r.done_by_name ?? undefined,
  note: r.done_note ?? undefined
})
