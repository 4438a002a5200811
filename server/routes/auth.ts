// Login: POST /auth/login with what the platform gave the app; POST /office/login with an office account;
// POST /office/password: an office account changes its own password.
import { z } from 'zod'
import type { LoginProvider, ProviderId } from '../auth/providers'
import { audit } from '../auth/sessions'
import { bearer, hashPassword, tokenHash, verifyPassword } from '../auth/tokens'
import { parseBody } from '../http/body'
import { invalid } from '../http/errors'
import type { RouteContext } from '../context'

/** a new office password: at least this many characters, and not the account's name */
export const OFFICE_PASSWORD_MIN = 12
const passwordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200)
})

const loginSchema = z.strictObject({ provider: z.enum(['wechat', 'alipay', 'test']), code: z.string().min(1).max(512) })
const officeLoginSchema = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) })

export function authRoutes({ app, db, sessions }: RouteContext, providers: Partial<Record<ProviderId, LoginProvider>>) {
  app.post('/auth/login', async (req) => {
    const { provider, code } = parseBody(loginSchema, req.body, 'login.invalid')
    const chosen = providers[provider]
    if (!chosen) throw invalid('login.providerUnavailable')
    return sessions.login(chosen, code)
  })
  app.post('/auth/logout', async (req) => {
    await sessions.logout(req)
    return { ok: true }
  })
  app.post('/office/login', async (req) => {
    const { username, password } = parseBody(officeLoginSchema, req.body, 'office.login.invalid')
    return sessions.officeLogin(username, password)
  })

  // the new password's hash replaces the old in one transaction with the end of every other session of the account
  // and the audit line (which names the step, never a password); the session that asked stays signed in
  app.post('/office/password', async (req) => {
    const office = await sessions.office(req)
    const { currentPassword, newPassword } = parseBody(passwordSchema, req.body, 'office.password.invalid')
    const { rows } = await db.query<{ username: string; password_hash: string }>(
      'SELECT username, password_hash FROM office_accounts WHERE id = $1',
      [office.accountId]
    )
    const { username, password_hash: stored } = rows[0]
    if (Array.from(newPassword).length < OFFICE_PASSWORD_MIN) throw invalid('office.password.tooShort')
    if (newPassword.trim().toLowerCase() === username.toLowerCase()) throw invalid('office.password.username')
    if (!(await verifyPassword(currentPassword, stored))) throw invalid('office.password.current')
    if (newPassword === currentPassword) throw invalid('office.password.same')
    const hash = await hashPassword(newPassword)
    const current = tokenHash(bearer(req.headers.authorization)!)
    await db.transaction(async (tx) => {
      // a change that came first wins: this one checked the password that was replaced
      const locked = await tx.query<{ password_hash: string }>(
        'SELECT password_hash FROM office_accounts WHERE id = $1 FOR UPDATE',
        [office.accountId]
      )
      if (locked.rows[0].password_hash !== stored) throw invalid('office.password.current')
      await tx.query('UPDATE office_accounts SET password_hash = $2 WHERE id = $1', [office.accountId, hash])
      await tx.query('DELETE FROM office_sessions WHERE account_id = $1 AND token_hash <> $2', [
        office.accountId,
        current
      ])
      await audit(tx, office, 'account', username, 'password', 'changed')
    })
    return { ok: true }
  })
}
