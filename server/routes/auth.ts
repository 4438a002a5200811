// Login: POST /auth/login with what the platform gave the app; POST /office/login with an office account.
import { z } from 'zod'
import type { LoginProvider, ProviderId } from '../auth/providers'
import { parseBody } from '../http/body'
import { invalid } from '../http/errors'
import type { RouteContext } from '../context'

const loginSchema = z.strictObject({ provider: z.enum(['wechat', 'alipay', 'test']), code: z.string().min(1).max(512) })
const officeLoginSchema = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) })

export function authRoutes({ app, sessions }: RouteContext, providers: Partial<Record<ProviderId, LoginProvider>>) {
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
}
