// Deadline reminders and overdue marks for the office. What is due comes from the records themselves, as src/core
// computed it: an open appeal's deadlines (contact / reply / close of its policy, or of the 重办 after a 差评) and an
// application 差评's follow-up (callback within 1 working day, rectify within 15). A reminder is due
//   - for a deadline counted in hours (the "117" 1 h / 24 h): 2 hours before it, or halfway when it is shorter
//     (a 1 h contact deadline: 30 minutes before);
//   - in working days: at the end of the working day before its last working day, so the unit has that whole day;
//   - in calendar days: 24 hours before it (the start of its last day);
// and never before the deadline started (then halfway). Past its due time, still unmet, it is marked overdue.
// Each mark is a row of office_reminders under a unique key, so a scan repeated (or run by two workers) marks once.
import { addWorkingDaysAt } from '@/core/calendar'
import type { Deadline, DeadlineUnit } from '@/core/appeals/types'
import type { RatingRecord } from '@/core/rating'
import type { Database } from '../db'

export interface DueItem {
  /** an appeal's deadline kind, or a follow-up step: callback, rectify */
  item: string
  unit: DeadlineUnit
  startAt: number
  dueAt: number
  metAt?: number
}

const HOUR = 3600_000

/** when the handling unit is reminded of a deadline (see the rules above) */
export function remindAt({ unit, startAt, dueAt }: Pick<DueItem, 'unit' | 'startAt' | 'dueAt'>): number {
  const span = Math.max(0, dueAt - startAt)
  let at: number
  if (unit === 'hours') at = dueAt - Math.min(2 * HOUR, span / 2)
  else if (unit === 'workingDays') at = addWorkingDaysAt(dueAt - 1, -1)
  else at = dueAt - 24 * HOUR
  return at > startAt ? at : startAt + Math.floor(span / 2)
}

export type MarkKind = 'dueSoon' | 'overdue'

export interface Mark {
  item: string
  kind: MarkKind
  dueAt: number
}

/** the marks an item calls for at `now`: overdue once past due and unmet, dueSoon from its reminder until then */
export function marksAt(items: readonly DueItem[], now: number): Mark[] {
  const marks: Mark[] = []
  for (const d of items) {
    if (d.metAt !== undefined) continue
    if (now > d.dueAt) marks.push({ item: d.item, kind: 'overdue', dueAt: d.dueAt })
    else if (now >= remindAt(d)) marks.push({ item: d.item, kind: 'dueSoon', dueAt: d.dueAt })
  }
  return marks
}

/** an open appeal's deadlines; those of a 重办 count from the 差评 that started it */
export function appealItems(a: {
  createdAt: number
  deadlines: readonly Deadline[]
  ratings: readonly RatingRecord[]
  redoCount: number
}): DueItem[] {
  const lastRating = a.ratings[a.ratings.length - 1]
  const startAt = a.redoCount > 0 && lastRating ? lastRating.at : a.createdAt
  return a.deadlines.map((d) => ({ item: d.kind, unit: d.unit, startAt, dueAt: d.dueAt, metAt: d.metAt }))
}

/** an application 差评's follow-up steps */
export function applicationItems(ratings: readonly RatingRecord[]): DueItem[] {
  return ratings.flatMap((r) =>
    r.followUp
      ? [
          {
            item: 'callback',
            unit: 'workingDays' as const,
            startAt: r.at,
            dueAt: r.followUp.callbackDueAt,
            metAt: r.followUp.calledBackAt
          },
          {
            item: 'rectify',
            unit: 'workingDays' as const,
            startAt: r.at,
            dueAt: r.followUp.rectifyDueAt,
            metAt: r.followUp.rectifiedAt
          }
        ]
      : []
  )
}

export interface ScanReport {
  dueSoon: number
  overdue: number
}

/**
 * One pass over the open records: every mark due by `now` that is not yet written. Reads only the deadlines and
 * ratings out of each record (never its photos); a seq scan of the open appeals, which is what a minute's tick can
 * afford at a city's volume (tens of thousands open).
 */
export async function scanDeadlines(db: Database, now: number): Promise<ScanReport> {
  const marks: { recordKind: string; recordId: string; unitId: string | null; mark: Mark }[] = []
  const appeals = await db.query<{
    id: string
    unit_id: string | null
    created_at: number
    deadlines: Deadline[] | null
    ratings: RatingRecord[] | null
    redo: number | null
  }>(
    `SELECT id, unit_id, created_at, record->'deadlines' AS deadlines, record->'ratings' AS ratings,
       (record->>'redoCount')::int AS redo
     FROM appeals WHERE status NOT IN ('closed', 'withdrawn')`
  )
  for (const a of appeals.rows) {
    const items = appealItems({
      createdAt: a.created_at,
      deadlines: a.deadlines ?? [],
      ratings: a.ratings ?? [],
      redoCount: a.redo ?? 0
    })
    for (const mark of marksAt(items, now))
      marks.push({ recordKind: 'appeal', recordId: a.id, unitId: a.unit_id, mark })
  }
  const applications = await db.query<{ id: string; ratings: RatingRecord[] }>(
    `SELECT id, record->'ratings' AS ratings FROM applications WHERE record->'ratings' @> '[{"followUp": {}}]'::jsonb`
  )
  for (const a of applications.rows)
    for (const mark of marksAt(applicationItems(a.ratings), now))
      marks.push({ recordKind: 'application', recordId: a.id, unitId: null, mark })

  // every mark in a few statements: the unique key drops those already written
  const report: ScanReport = { dueSoon: 0, overdue: 0 }
  for (let i = 0; i < marks.length; i += 5000) {
    const batch = marks.slice(i, i + 5000)
    const { rows } = await db.query<{ kind: MarkKind }>(
      `INSERT INTO office_reminders (record_kind, record_id, unit_id, item, kind, due_at, at)
       SELECT r, id, u, i, k, d, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
         AS m(r, id, u, i, k, d)
       ON CONFLICT DO NOTHING RETURNING kind`,
      [
        batch.map((m) => m.recordKind),
        batch.map((m) => m.recordId),
        batch.map((m) => m.unitId),
        batch.map((m) => m.mark.item),
        batch.map((m) => m.mark.kind),
        batch.map((m) => m.mark.dueAt),
        now
      ]
    )
    for (const r of rows) report[r.kind]++
  }
  return report
}
