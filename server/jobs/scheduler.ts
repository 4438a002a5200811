// The server's jobs on one clock. `runDueJobs(now)` runs every job due by `now` (the business clock tests move by
// days); `start()` does that every TICK_MS of real time in `npm run server`, and `stop()` waits for the tick in
// flight. Jobs: `deadlines.scan` (recurring, every SCAN_MS: reminders and overdue marks, server/jobs/deadlines.ts)
// and `message.send` (one per status message, server/messages/send.ts). Any number of processes may run it on one
// database: the queue's SKIP LOCKED claim gives each job to one of them.
import { randomBytes } from 'node:crypto'
import type { Database } from '../db'
import { messageHandler } from '../messages/send'
import type { MessageProvider, MessageSender } from '../messages/senders'
import type { Templates } from '../messages/templates'
import { scanDeadlines } from './deadlines'
import { MESSAGE_JOB } from './hooks'
import { runDueJobs, type JobHandler, type RunReport } from './queue'

export const SCAN_JOB = 'deadlines.scan'
export const TICK_MS = 15_000
export const SCAN_MS = 60_000
/** how long a finished job's row is kept */
export const KEEP_DONE_MS = 7 * 24 * 3600_000
/** rounds of claims per tick: a job may enqueue another due at once */
const ROUNDS = 20

export interface SchedulerOptions {
  db: Database
  now?: () => number
  senders?: Partial<Record<MessageProvider, MessageSender>>
  templates?: Templates
  /** this worker's name in the jobs it holds */
  worker?: string
  scanEveryMs?: number
  /** jobs per claim (50) */
  batch?: number
  tickEveryMs?: number
  /** a tick that failed (the database away): logged, and the next tick tries again */
  onError?: (e: unknown) => void
  /** tests only: see MessageOptions.afterSend */
  afterSend?: (outboxId: number) => Promise<void>
}

export interface Scheduler {
  runDueJobs(now?: number): Promise<RunReport>
  start(): void
  stop(): Promise<void>
}

export function jobScheduler(options: SchedulerOptions): Scheduler {
  const { db, now = Date.now, scanEveryMs = SCAN_MS, tickEveryMs = TICK_MS } = options
  const worker = options.worker ?? `worker-${randomBytes(4).toString('hex')}`
  const handlers: Record<string, JobHandler> = {
    [SCAN_JOB]: async (_job, at) => {
      await scanDeadlines(db, at)
      // finished jobs are kept a week for a look at what ran, then dropped (the outbox keeps every message's row)
      await db.query("DELETE FROM jobs WHERE state = 'done' AND finished_at < $1", [at - KEEP_DONE_MS])
      return { again: at + scanEveryMs }
    },
    [MESSAGE_JOB]: messageHandler({
      db,
      senders: options.senders ?? {},
      templates: options.templates ?? {},
      afterSend: options.afterSend
    })
  }

  async function run(at: number): Promise<RunReport> {
    // the recurring scan exists once; one that ran out of attempts is started again
    await db.query(
      `INSERT INTO jobs (kind, key, run_at, max_attempts, created_at) VALUES ($1, $1, $2, 1000, $2)
       ON CONFLICT (key) DO UPDATE SET state = 'pending', attempts = 0, run_at = EXCLUDED.run_at
       WHERE jobs.state IN ('done', 'failed')`,
      [SCAN_JOB, at]
    )
    const total: RunReport = { claimed: 0, done: 0, retried: 0, failed: 0 }
    for (let round = 0; round < ROUNDS; round++) {
      const report = await runDueJobs(db, handlers, at, { worker, limit: options.batch })
      for (const k of Object.keys(total) as (keyof RunReport)[]) total[k] += report[k]
      if (report.claimed === 0) break
    }
    return total
  }

  let timer: ReturnType<typeof setInterval> | undefined
  let inFlight: Promise<unknown> | undefined
  return {
    runDueJobs: (at = now()) => run(at),
    start() {
      if (timer) return
      const tick = () => {
        if (inFlight) return
        inFlight = run(now())
          .catch((e) => options.onError?.(e))
          .finally(() => (inFlight = undefined))
      }
      timer = setInterval(tick, tickEveryMs)
      timer.unref?.()
      tick()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = undefined
      await inFlight
    }
  }
}
