// What the jobs and messages tests share: the server on a business clock they move, calls as a resident or an
// office account, an appeal filed and stepped through the workflow over HTTP (the centre's and the unit's steps),
// an application stepped by its matter's department, and the job tables emptied before each test. The request
// bodies and the call itself are the shared ones of ./requests, exported again here under the names the tests import.
import type { Database } from '../../../server/db'
import { departmentOfMatter } from '../../../server/routes/office-departments'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'
import { departmentAccount, unitAccount, type TestServer } from './harness'
import { appealRequest, caller, MONDAY } from './requests'

export { appealRequest, applicationRequest, caller, MONDAY, validId, type Call } from './requests'

export const MINUTE = 60_000
export const HOUR = 3600_000

/** the business clock every server and scheduler of a test reads */
export const clock = { at: MONDAY }
export const now = () => clock.at

export async function emptyJobTables(db: Database) {
  await db.query('TRUNCATE jobs, office_reminders, follow_ups RESTART IDENTITY')
}

export async function fileAppeal(
  call: ReturnType<typeof caller>,
  token: string,
  options: Parameters<typeof appealRequest>[0] = {}
): Promise<string> {
  const filed = await call('POST', '/me/appeals', token, appealRequest(options))
  if (filed.status !== 200) throw new Error(`filing: ${filed.status} ${JSON.stringify(filed.body)}`)
  return filed.body.id
}

/** the centre's or the unit's steps on an appeal, each at the clock's time; throws on a refusal */
export async function appealSteps(
  server: TestServer,
  call: ReturnType<typeof caller>,
  id: string,
  steps: ('accept' | 'dispatch' | 'start' | 'contact' | 'reply' | 'revisit')[]
) {
  const center = await server.officeLogin('center')
  const unit = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
  for (const event of steps) {
    const body =
      event === 'dispatch'
        ? { actor: 'center', event, unitId: 'jm-urban' }
        : event === 'reply'
          ? { actor: 'unit', event, text: '已联系市场管理方清理占道摊位，并安排每日巡查。' }
          : { actor: ['accept', 'revisit'].includes(event) ? 'center' : 'unit', event }
    const token = body.actor === 'center' ? center : unit
    const res = await call('POST', `/office/appeals/${id}/events`, token, body)
    if (res.status !== 200) throw new Error(`${event}: ${res.status} ${JSON.stringify(res.body)}`)
  }
}

/** an office step on an application, by the department of its matter, at the clock's time; throws on a refusal */
export async function applicationStep(
  server: TestServer,
  call: ReturnType<typeof caller>,
  id: string,
  command: Record<string, unknown>
) {
  const matterId = (
    await server.db.query<{ matter_id: string }>('SELECT matter_id FROM applications WHERE id = $1', [id])
  ).rows[0].matter_id
  const token = await server.officeLogin(await departmentAccount(server.db, departmentOfMatter(matterId)!))
  const res = await call('POST', `/office/applications/${id}/events`, token, command)
  if (res.status !== 200) throw new Error(`${String(command.event)}: ${res.status} ${JSON.stringify(res.body)}`)
}

/** waits for a condition (never for a time): bounded by the test's own timeout */
export async function until(condition: () => boolean | Promise<boolean>, what: string) {
  const giveUp = Date.now() + WAIT_TIMEOUT_MS
  while (!(await condition())) {
    if (Date.now() > giveUp) throw new Error(`never came: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
