// The resident's subscriptions (PUT / GET /me/subscriptions: the templates they accepted on their platform) and
// the office's view of the jobs' results (GET /office/reminders: deadlines coming and passed; GET
// /office/follow-ups: the 差评 follow-up tasks), scoped as the office's own routes are.
import { z } from 'zod'
import { parseBody } from '../http/body'
import { recordGrants } from '../jobs/hooks'
import type { OfficePrincipal } from '../auth/sessions'
import type { RouteContext } from '../context'
import { queryOf } from '../context'
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
    const { rows } = await db.query<{
      record_kind: string
      record_id: string
      round: number
      unit_id: string | null
      level: number
      rated_at: number
      callback_due_at: number
      rectify_due_at: number
      called_back_at: number | null
      rectified_at: number | null
    }>(`SELECT * FROM follow_ups WHERE ${scoped(1)} ORDER BY rated_at DESC LIMIT 500`, scopeOf(office))
    return rows.map((r) => ({
      recordKind: r.record_kind,
      recordId: r.record_id,
      round: r.round,
      unitId: r.unit_id ?? undefined,
      level: r.level,
      ratedAt: r.rated_at,
      callbackDueAt: r.callback_due_at,
      rectifyDueAt: r.rectify_due_at,
      calledBackAt: r.called_back_at ?? undefined,
      rectifiedAt: r.rectified_at ?? undefined
    }))
  })
}
