// The send-once protocol of a status message (job `message.send`, one per outbox row):
//   1. In one transaction, lock the outbox row. `sent`, `skipped`, `failed` or `unknown`: nothing to do. `sending`:
//      an earlier attempt committed that it was about to call the platform and never recorded the answer (its
//      worker died, or the answer was lost): it may have been delivered, so it is marked `unknown` and never sent
//      again. `pending`: the resident's platform and the kind's template must be configured (else `skipped`,
//      noChannel) and a grant of that template must be left (else `skipped`, noSubscription); the grant is used
//      and the row set to `sending`, and that commits before any request leaves.
//   2. Call the platform.
//   3. Record the answer: `sent`; or, when the platform answered that it did not send, the grant is given back and
//      the row is `pending` again for the job's next attempt (backoff), or `failed` for an error no retry mends;
//      when nobody can know (a timeout, a connection lost mid-answer), `unknown`.
// So a job retried after the request left never sends twice (at most once), and one that failed before it left
// sends on its retry. The unique key of message_outbox (user, record, event kind, event id) makes a status change
// one row, and the job's key one job per row.
import type { Database } from '../db'
import type { RecordKind } from '../jobs/hooks'
import { RetryLater, type JobHandler } from '../jobs/queue'
import { SendUnknown, type MessageProvider, type MessageSender, type SendOutcome } from './senders'
import { renderStatus, type StatusPayload, type Templates } from './templates'

export interface MessageOptions {
  db: Database
  senders: Partial<Record<MessageProvider, MessageSender>>
  templates: Templates
  /** tests only: runs after the platform answered and before the answer is recorded (a worker dying there) */
  afterSend?: (outboxId: number) => Promise<void>
}

interface OutboxRow {
  id: number
  user_id: number
  record_kind: RecordKind
  record_id: string
  payload: StatusPayload
  state: string
  provider: string
  subject: string
}

type Prepared =
  | { go: false }
  | {
      go: true
      sender: MessageSender
      templateId: string
      usedAt: number
      message: Parameters<MessageSender['send']>[0]
    }

export function messageHandler({ db, senders, templates, afterSend }: MessageOptions): JobHandler {
  return async (job, now) => {
    const outboxId = Number(job.payload.outboxId)
    const lastAttempt = job.attempts >= job.maxAttempts

    const prepared = await db.transaction<Prepared>(async (tx) => {
      const { rows } = await tx.query<OutboxRow>(
        `SELECT o.id, o.user_id, o.record_kind, o.record_id, o.payload, o.state, u.provider, u.subject
         FROM message_outbox o JOIN users u ON u.id = o.user_id WHERE o.id = $1 FOR UPDATE OF o`,
        [outboxId]
      )
      const row = rows[0]
      if (!row) return { go: false }
      const end = async (state: string, reason: string) => {
        await tx.query('UPDATE message_outbox SET state = $2, reason = $3 WHERE id = $1', [row.id, state, reason])
        return { go: false } as const
      }
      if (row.state === 'sending') return end('unknown', 'interrupted')
      if (row.state !== 'pending') return { go: false }
      const provider = row.provider as MessageProvider
      const sender = senders[provider]
      const template = templates[provider]?.[row.record_kind]
      if (!sender || !template) return end('skipped', 'noChannel')
      const grant = await tx.query<{ used_at: number }>(
        `UPDATE subscriptions SET used_at = GREATEST($3::bigint, granted_at)
         WHERE user_id = $1 AND template_id = $2 AND (used_at IS NULL OR used_at < granted_at) RETURNING used_at`,
        [row.user_id, template.id, now]
      )
      if (!grant.rows[0]) return end('skipped', 'noSubscription')
      await tx.query(
        `UPDATE message_outbox SET state = 'sending', attempts = attempts + 1, sending_at = $2, provider = $3,
         template_id = $4 WHERE id = $1`,
        [row.id, now, provider, template.id]
      )
      const { page, data } = renderStatus(row.record_kind, row.record_id, row.payload, template.fields)
      return {
        go: true,
        sender,
        templateId: template.id,
        usedAt: grant.rows[0].used_at,
        message: { to: row.subject, templateId: template.id, page, data }
      }
    })
    if (!prepared.go) return

    let outcome: SendOutcome
    try {
      outcome = await prepared.sender.send(prepared.message)
    } catch (e) {
      // the request may have been delivered: never again
      const reason = e instanceof SendUnknown ? e.message : 'send.error'
      await record(db, outboxId, `state = 'unknown', reason = $2`, [reason.slice(0, 200)])
      return
    }
    if (afterSend) await afterSend(outboxId)

    if (outcome.sent) {
      await record(db, outboxId, `state = 'sent', sent_at = $2, platform_id = $3, reason = NULL`, [
        now,
        outcome.platformId ?? null
      ])
      return
    }
    await db.transaction(async (tx) => {
      // not delivered: the grant is the resident's again, unless the platform says it is gone
      if (!outcome.subscriptionUsed) {
        const { rows } = await tx.query<{ user_id: number }>('SELECT user_id FROM message_outbox WHERE id = $1', [
          outboxId
        ])
        await tx.query(
          'UPDATE subscriptions SET used_at = NULL WHERE user_id = $1 AND template_id = $2 AND used_at = $3',
          [rows[0].user_id, prepared.templateId, prepared.usedAt]
        )
      }
      const retry = outcome.retry && !lastAttempt
      await record(tx, outboxId, `state = $2, reason = $3`, [retry ? 'pending' : 'failed', outcome.reason])
    })
    if (outcome.retry && !lastAttempt) throw new RetryLater(outcome.reason)
  }
}

async function record(q: Pick<Database, 'query'>, outboxId: number, set: string, params: unknown[]) {
  // an interrupted row another worker marked unknown meanwhile still gets the answer that came
  await q.query(`UPDATE message_outbox SET ${set} WHERE id = $1 AND state IN ('sending', 'unknown')`, [
    outboxId,
    ...params
  ])
}
