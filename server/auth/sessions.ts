// Who is asking: a platform user with a session token (every /me route), or an office account with its own
// (every /office route). Tokens are short-lived; an expired or unknown one is refused alike.
import type { FastifyRequest } from 'fastify'
import type { Database, Queryable } from '../db'
import { forbidden, unauthorized } from '../http/errors'
import type { LoginProvider } from './providers'
import { bearer, hashPassword, newToken, tokenHash, verifyPassword } from './tokens'

export interface UserPrincipal {
  kind: 'user'
  userId: number
}

export interface OfficePrincipal {
  kind: 'office'
  accountId: number
  role: OfficeRole
  /** a unit account's own unit: it sees and acts on that unit's appeals only */
  unitId: string | null
  /** a department account's own department: it sees and acts on its matters' applications only */
  departmentId: string | null
}

/** the 12345 centre, an appeal handling unit, or a department that handles online applications */
export type OfficeRole = 'center' | 'unit' | 'department'

export interface SessionOptions {
  db: Database
  now: () => number
  /** counts a user's writes; absent: no limit */
  limitWrites?: (userId: number) => Promise<void>
  /** how long a session token is good for; the app logs in again after that */
  userTtlMs: number
  officeTtlMs: number
}

export const principalKey = (p: UserPrincipal | OfficePrincipal) =>
  p.kind === 'user' ? `user:${p.userId}` : `office:${p.accountId}`

export function sessions({ db, now, userTtlMs, officeTtlMs, limitWrites }: SessionOptions) {
  return {
    async login(provider: LoginProvider, code: string) {
      const subject = await provider.exchange(code)
      const token = newToken()
      const expiresAt = now() + userTtlMs
      await db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: number }>(
          `INSERT INTO users (provider, subject) VALUES ($1, $2)
           ON CONFLICT (provider, subject) DO UPDATE SET subject = EXCLUDED.subject RETURNING id`,
          [provider.id, subject]
        )
        await tx.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2', [rows[0].id, now()])
        await tx.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
          tokenHash(token),
          rows[0].id,
          expiresAt
        ])
      })
      return { token, expiresAt }
    },

    async user(req: FastifyRequest): Promise<UserPrincipal> {
      const token = bearer(req.headers.authorization)
      if (!token) throw unauthorized()
      const { rows } = await db.query<{ user_id: number; expires_at: number }>(
        'SELECT user_id, expires_at FROM sessions WHERE token_hash = $1',
        [tokenHash(token)]
      )
      if (!rows[0] || rows[0].expires_at <= now()) throw unauthorized('session.expired')
      if (req.method !== 'GET' && limitWrites) await limitWrites(rows[0].user_id)
      return { kind: 'user', userId: rows[0].user_id }
    },

    async logout(req: FastifyRequest) {
      const token = bearer(req.headers.authorization)
      if (token) await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)])
      if (token) await db.query('DELETE FROM office_sessions WHERE token_hash = $1', [tokenHash(token)])
    },

    async officeLogin(username: string, password: string) {
      const { rows } = await db.query<{
        id: number
        password_hash: string
        role: OfficeRole
        unit_id: string | null
        department_id: string | null
      }>('SELECT id, password_hash, role, unit_id, department_id FROM office_accounts WHERE username = $1', [username])
      // an unknown name costs as long as a wrong password, so the answer's time does not tell which it was
      const ok = await verifyPassword(password, rows[0]?.password_hash ?? DUMMY_HASH)
      if (!rows[0] || !ok) throw unauthorized('office.login.refused')
      const token = newToken()
      const expiresAt = now() + officeTtlMs
      await db.query('INSERT INTO office_sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [
        tokenHash(token),
        rows[0].id,
        expiresAt
      ])
      const { role, unit_id, department_id } = rows[0]
      return { token, expiresAt, role, unitId: unit_id ?? null, departmentId: department_id ?? null }
    },

    async office(req: FastifyRequest): Promise<OfficePrincipal> {
      const token = bearer(req.headers.authorization)
      if (!token) throw unauthorized('office.login.required')
      const { rows } = await db.query<{
        id: number
        role: OfficeRole
        unit_id: string | null
        department_id: string | null
        expires_at: number
      }>(
        `SELECT a.id, a.role, a.unit_id, a.department_id, s.expires_at FROM office_sessions s
         JOIN office_accounts a ON a.id = s.account_id WHERE s.token_hash = $1`,
        [tokenHash(token)]
      )
      if (!rows[0] || rows[0].expires_at <= now()) throw unauthorized('office.login.required')
      const { id, role, unit_id, department_id } = rows[0]
      return { kind: 'office', accountId: id, role, unitId: unit_id, departmentId: department_id }
    }
  }
}

export type Sessions = ReturnType<typeof sessions>

/** a hash of no password anyone knows, checked against when the name is unknown */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'

export interface OfficeAccountSeed {
  username: string
  password: string
  role: OfficeRole
  unitId?: string
  departmentId?: string
}

/** the username of a handling unit's seeded office account */
export const unitUsername = (unitId: string) => `unit-${unitId}`

/** how many scrypt hashes are made at once (libuv's pool has four threads) */
const HASHING_AT_ONCE = 4

/**
 * creates the accounts that do not exist yet (an existing account keeps its password); answers the names made. Only
 * the missing accounts' passwords are hashed, so a start with every account in place costs one query.
 */
export async function seedOfficeAccounts(db: Queryable, accounts: OfficeAccountSeed[]): Promise<string[]> {
  const { rows: existing } = await db.query<{ username: string }>(
    'SELECT username FROM office_accounts WHERE username = ANY($1::text[])',
    [accounts.map((a) => a.username)]
  )
  const have = new Set(existing.map((r) => r.username))
  const missing = accounts.filter((a) => !have.has(a.username))
  const made: string[] = []
  for (let i = 0; i < missing.length; i += HASHING_AT_ONCE) {
    const batch = missing.slice(i, i + HASHING_AT_ONCE)
    const hashes = await Promise.all(batch.map((a) => hashPassword(a.password)))
    for (const [j, a] of batch.entries()) {
      const { rows } = await db.query(
        `INSERT INTO office_accounts (username, password_hash, role, unit_id, department_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (username) DO NOTHING RETURNING id`,
        [
          a.username,
          hashes[j],
          a.role,
          a.role === 'unit' ? (a.unitId ?? null) : null,
          a.role === 'department' ? (a.departmentId ?? null) : null
        ]
      )
      if (rows.length) made.push(a.username)
    }
  }
  return made
}

/** one line of the office audit log, in the transaction of the action it records */
export async function audit(
  tx: Queryable,
  office: OfficePrincipal,
  kind: 'appeal' | 'application' | 'account',
  recordId: string,
  event: string,
  statusAfter: string
) {
  await tx.query(
    `INSERT INTO office_audit (at, account_id, role, unit_id, department_id, kind, record_id, event, status_after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      Date.now(),
      office.accountId,
      office.role,
      office.unitId,
      office.departmentId,
      kind,
      recordId,
      event.slice(0, 40),
      statusAfter
    ]
  )
}

/** refuses an office account whose role may not send this actor's commands */
export function requireActor(office: OfficePrincipal, actor: unknown) {
  if (actor === 'center' && office.role !== 'center') throw forbidden('office.role')
  if (actor === 'unit' && office.role !== 'unit') throw forbidden('office.role')
  if (actor === 'office' && office.role !== 'department') throw forbidden('office.role')
}
