// GET /office/audit: the office audit log for the 12345 centre, newest first: when, which account (its name, role,
// unit or department), which record, which step and the status after it. The log holds no personal data (no notes,
// texts or contacts), so nothing here needs masking; `before` pages back by line id.
import { z } from 'zod'
import { forbidden, invalid } from '../http/errors'
import { queryOf, type RouteContext } from '../context'

const querySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100)
})

interface Line {
  id: number
  at: number
  username: string
  role: string
  unit_id: string | null
  department_id: string | null
  kind: string
  record_id: string
  event: string
  status_after: string
}

export function officeAuditRoutes({ app, db, sessions }: RouteContext) {
  app.get('/office/audit', async (req) => {
    const office = await sessions.office(req)
    if (office.role !== 'center') throw forbidden('office.role')
    const parsed = querySchema.safeParse(queryOf(req))
    if (!parsed.success) throw invalid('office.audit.query')
    const { before, limit } = parsed.data
    const { rows } = await db.query<Line>(
      `SELECT o.id, o.at, a.username, o.role, o.unit_id, o.department_id, o.kind, o.record_id, o.event, o.status_after
       FROM office_audit o JOIN office_accounts a ON a.id = o.account_id
       WHERE ($1::bigint IS NULL OR o.id < $1) ORDER BY o.id DESC LIMIT $2`,
      [before ?? null, limit]
    )
    return rows.map((l) => ({
      id: l.id,
      at: l.at,
      username: l.username,
      role: l.role,
      unitId: l.unit_id,
      departmentId: l.department_id,
      kind: l.kind,
      recordId: l.record_id,
      event: l.event,
      statusAfter: l.status_after
    }))
  })
}
