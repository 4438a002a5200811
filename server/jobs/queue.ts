// The job queue: a table (`jobs`, migration 006) and two statements. A worker claims due jobs with
// `FOR UPDATE SKIP LOCKED`, so two workers (two processes behind a load balancer) never take the same job; a claim
// is a lease on the business clock, so a job whose worker died is taken again once the lease has passed. A job
// that throws is tried again later (backoff), up to its max_attempts. Time is the caller's `now`: tests move the
// business clock by days to reach a deadline, and every job due by then runs.
import type { Database, Queryable } from '../db'

export interface Job {
  id: number
  kind: string
  key: string
  payload: Record<string, unknown>
  attempts: number
  maxAttempts: number
  runAt: number
}

export interface NewJob {
  kind: string
  /** one job per key: enqueueing the same key again does nothing */
  key: string
  payload?: Record<string, unknown>
  runAt: number
  maxAttempts?: number
}

/** the job's row, in the caller's transaction: the work and the job that follows it commit together */
export async function enqueue(q: Queryable, job: NewJob): Promise<boolean> {
  const { rowCount } = await q.query(
    `INSERT INTO jobs (kind, key, payload, run_at, max_attempts, created_at) VALUES ($1, $2, $3, $4, $5, $4)
     ON CONFLICT (key) DO NOTHING`,
    [job.kind, job.key, JSON.stringify(job.payload ?? {}), job.runAt, job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS]
  )
  return rowCount > 0
}

export const DEFAULT_MAX_ATTEMPTS = 8
/** how long a claimed job is its worker's: longer than any send may take (the platforms' timeouts are 5 s) */
export const LEASE_MS = 2 * 60_000

/** the wait before attempt n + 1 after n failed: 30 s, 1 min, 2 min, … capped at an hour */
export function backoffMs(attempts: number): number {
  return Math.min(3600_000, 30_000 * 2 ** Math.max(0, attempts - 1))
}

/** a handler's answer: done, or (a recurring job) run again at `again` */
export type JobResult = void | { again: number }

export type JobHandler = (job: Job, now: number) => Promise<JobResult>

/** a failure the handler knows to be passing (the platform busy): tried again after the backoff */
export class RetryLater extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'RetryLater'
  }
}

export interface RunReport {
  claimed: number
  done: number
  retried: number
  failed: number
}

interface JobRow {
  id: number
  kind: string
  key: string
  payload: Record<string, unknown>
  attempts: number
  max_attempts: number
  run_at: number
}

/** takes up to `limit` due jobs for `worker`: pending ones due by now, and running ones whose lease has passed */
export async function claim(db: Database, now: number, worker: string, limit: number): Promise<Job[]> {
  const { rows } = await db.transaction((tx) =>
    tx.query<JobRow>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_until = $2, locked_by = $3
       WHERE id IN (
         SELECT id FROM jobs
         WHERE (state = 'pending' AND run_at <= $1) OR (state = 'running' AND locked_until <= $1)
         ORDER BY run_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, key, payload, attempts, max_attempts, run_at`,
      [now, now + LEASE_MS, worker, limit]
    )
  )
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      key: r.key,
      payload: r.payload,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
      runAt: r.run_at
    }))
    .sort((a, b) => a.runAt - b.runAt || a.id - b.id)
}

/** the job's end, written only while the job is still this worker's claim (a lease taken over is not ours) */
async function finish(db: Database, job: Job, worker: string, set: string, params: unknown[]) {
  await db.query(`UPDATE jobs SET ${set}, locked_until = NULL, locked_by = NULL WHERE id = $1 AND locked_by = $2`, [
    job.id,
    worker,
    ...params
  ])
}

const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 300)

/** claims the due jobs once and runs each through its kind's handler; an unknown kind fails its job */
export async function runDueJobs(
  db: Database,
  handlers: Record<string, JobHandler>,
  now: number,
  { worker = 'worker', limit = 50 }: { worker?: string; limit?: number } = {}
): Promise<RunReport> {
  const jobs = await claim(db, now, worker, limit)
  const report: RunReport = { claimed: jobs.length, done: 0, retried: 0, failed: 0 }
  for (const job of jobs) {
    try {
      const handler = handlers[job.kind]
      if (!handler) throw new Error(`no handler for ${job.kind}`)
      const result = await handler(job, now)
      if (result && typeof result.again === 'number') {
        await finish(db, job, worker, `state = 'pending', attempts = 0, run_at = $3, last_error = NULL`, [result.again])
      } else {
        await finish(db, job, worker, `state = 'done', finished_at = $3`, [now])
      }
      report.done++
    } catch (e) {
      if (job.attempts >= job.maxAttempts) {
        await finish(db, job, worker, `state = 'failed', finished_at = $3, last_error = $4`, [now, errorText(e)])
        report.failed++
      } else {
        await finish(db, job, worker, `state = 'pending', run_at = $3, last_error = $4`, [
          now + backoffMs(job.attempts),
          errorText(e)
        ])
        report.retried++
      }
    }
  }
  return report
}
