/**
 * @jest-environment node
 */
// Office roles per department (migration 005): every online form's matter names its department; a department's
// account sees and acts on that department's applications only, and another department's application answers
// exactly as an id that never existed; the 12345 centre sees every application and acts on none; a unit handles
// appeals only and a department no appeal. The audit log, for the centre only, names the account and never a person.
import fc from 'fast-check'
import { createApplication, type ApplicationForm } from '@/core/applications'
import { applicationsDatasets } from '@/backend/embedded/applications-data'
import { govDatasets } from '@/backend/embedded/gov-data'
import talentPolicies from '@/data/talent/policies.json'
import { seedOfficeAccounts, unitUsername } from '../../../server/auth/sessions'
import { embeddedDatabase, postgresDatabase } from '../../../server/db'
import { migrate, readMigrations } from '../../../server/migrate'
import {
  departmentOfMatter,
  departmentUsername,
  mattersOfDepartment,
  onlineDepartments
} from '../../../server/routes/office-departments'
import { departmentAccount, startTestServer, unitAccount, type TestServer } from './harness'
import { storedApplicationRequest, validId } from './requests'

const NOW = Date.parse('2026-11-23T08:00:00+08:00')
const forms = applicationsDatasets['zh-Hans'].forms
const form = (matterId: string) => forms.find((f) => f.matterId === matterId)!

let server: TestServer
afterEach(async () => {
  await server?.close()
})

type Call = { status: number; body: any }
async function call(method: string, path: string, token?: string, body?: unknown, key?: string): Promise<Call> {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `Bearer ${token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (key) headers['Idempotency-Key'] = key
  const res = await fetch(server.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

/** a resident's 社保查询 application, filed through the API */
async function fileSocialInsurance(token: string, key: string) {
  const filed = await call(
    'POST',
    '/me/applications',
    token,
    {
      idempotencyKey: key,
      matterId: 'gov-services/svc-0001',
      formVersion: form('gov-services/svc-0001').version,
      zone: 'jiangmen',
      applicant: {
        name: '陈晓明',
        idType: 'mainland',
        idNumber: validId('123'),
        phoneRegion: 'cn',
        phone: '13800138000'
      },
      answers: { insurance: 'insurance-1', from: '2020-01', to: '2026-10', purpose: 'purpose-1' },
      attachments: {}
    },
    key
  )
  expect(filed.status).toBe(200)
  return filed.body as { id: string }
}

/** an application of any matter stored as the server stores one (the scope is the matter's, not the answers') */
async function storeApplication(userId: number, f: ApplicationForm, n: number): Promise<string> {
  const reference = `JM20261123${String(700000 + n).padStart(6, '0')}`
  const application = createApplication(storedApplicationRequest(n, f), f, {
    id: reference,
    reference,
    matterName: f.title,
    at: NOW
  })
  await server.db.query(
    `INSERT INTO applications (id, user_id, reference, matter_id, status, created_at, updated_at, seen_at, record)
     VALUES ($1, $2, $1, $3, $4, $5, $5, $5, $6)`,
    [reference, userId, f.matterId, application.status, NOW, JSON.stringify(application)]
  )
  return reference
}

const residentId = async () =>
  (await server.db.query<{ id: number }>(`SELECT id FROM users WHERE subject = 'resident'`)).rows[0].id

describe('departments from the bundled data', () => {
  test('every online form has a department; 政务服务 matters take their item’s, linked talent matters their issuer’s', () => {
    const gov = govDatasets['zh-Hans']
    const departmentIds = new Set(onlineDepartments().map((d) => d.id))
    for (const f of forms) {
      const department = departmentOfMatter(f.matterId)
      expect(department && departmentIds.has(department)).toBe(true)
      expect(mattersOfDepartment(department!)).toContain(f.matterId)
      const [module, item] = f.matterId.split('/')
      if (module === 'gov-services') expect(department).toBe(gov.services.find((s) => s.id === item)!.departmentId)
      const linked = talentPolicies.find((p) =>
        p.channels.some((c) => (c as { matterId?: string }).matterId === f.matterId)
      )
      if (linked) expect(onlineDepartments().find((d) => d.id === department)!.name).toBe(linked.issuer)
    }
    // the matters are split among the departments: each in exactly one, none left out
    const all = onlineDepartments().flatMap((d) => mattersOfDepartment(d.id))
    expect(all.sort()).toEqual(forms.map((f) => f.matterId).sort())
    expect(new Set(onlineDepartments().map((d) => d.name)).size).toBe(onlineDepartments().length)
    expect(mattersOfDepartment('no-such-department')).toEqual([])
    expect(departmentOfMatter('gov-services/svc-9999')).toBeUndefined()
  })

  test('the accounts table holds each role to its own scope', async () => {
    server = await startTestServer({ now: () => NOW })
    const bad = [
      ['department', null, null],
      ['department', 'jm-urban', 'hrss'],
      ['unit', 'jm-urban', 'hrss'],
      ['center', null, 'hrss'],
      ['auditor', null, null]
    ]
    for (const [role, unit, department] of bad) {
      const insert = server.db.query(
        `INSERT INTO office_accounts (username, password_hash, role, unit_id, department_id) VALUES ($1, 'x', $2, $3, $4)`,
        [`bad-${role}-${unit}-${department}`, role, unit, department]
      )
      await expect(insert).rejects.toMatchObject({ code: '23514' })
    }
    // a seeded account is made once; a second seed keeps it and says nothing was made
    const seed = { username: 'dept-twice', password: 'pw-one', role: 'department' as const, departmentId: 'hrss' }
    expect(await seedOfficeAccounts(server.db, [seed])).toEqual(['dept-twice'])
    expect(await seedOfficeAccounts(server.db, [{ ...seed, password: 'pw-two' }])).toEqual([])
    expect(
      (await call('POST', '/office/login', undefined, { username: 'dept-twice', password: 'pw-one' })).body
    ).toEqual(expect.objectContaining({ role: 'department', unitId: null, departmentId: 'hrss' }))
  })
})

describe('applications per department', () => {
  test('a department sees and acts on its own only; another department’s id answers as an unknown one', async () => {
    server = await startTestServer({ now: () => NOW })
    const resident = await server.login('resident')
    const mine = await fileSocialInsurance(resident, 'a1')
    const hpf = await storeApplication(await residentId(), form('gov-services/svc-0110'), 1)
    const social = await server.officeLogin(await departmentAccount(server.db, 'social-insurance'))
    const fund = await server.officeLogin(await departmentAccount(server.db, 'hpf'))
    const center = await server.officeLogin('center')
    const urban = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))

    const ids = async (token: string) =>
      (await call('GET', '/office/applications', token)).body.map((a: { id: string }) => a.id)
    expect(await ids(social)).toEqual([mine.id])
    expect(await ids(fund)).toEqual([hpf])
    expect((await ids(center)).sort()).toEqual([mine.id, hpf].sort())
    // the office sees the applicant masked, as the applicant's own list does
    const own = (await call('GET', '/office/applications', social)).body[0]
    expect(own.applicant).toMatchObject({ name: '陈*明', phone: '138****8000' })
    expect(own.answers).toMatchObject({ insurance: 'insurance-1', purpose: 'purpose-1' })
    // the centre watches status and deadline, without the applicant's answers or documents
    const watched = (await call('GET', '/office/applications', center)).body.find(
      (a: { id: string }) => a.id === mine.id
    )
    expect(watched).toMatchObject({ status: 'submitted', answers: {}, attachments: {}, deadline: own.deadline })

    const accept = { actor: 'office', event: 'accept' }
    const theirs = await call('POST', `/office/applications/${mine.id}/events`, fund, accept, 'f1')
    const nobody = await call('POST', '/office/applications/JM20261123999999/events', fund, accept, 'f2')
    expect(theirs).toEqual(nobody)
    expect(theirs).toEqual({ status: 404, body: { error: { code: 'not_found', reason: 'application.unknown' } } })

    // the centre watches the deadlines and acts on none; a unit has no applications at all
    const forbidden = { status: 403, body: { error: { code: 'forbidden', reason: 'office.role' } } }
    expect(await call('POST', `/office/applications/${mine.id}/events`, center, accept, 'c1')).toEqual(forbidden)
    expect(await call('POST', `/office/applications/${mine.id}/events`, urban, accept, 'u1')).toEqual(forbidden)
    expect(await call('GET', '/office/applications', urban)).toEqual(forbidden)
    // nothing of that changed the application or left an audit line
    expect((await call('GET', `/me/applications/${mine.id}`, resident)).body.status).toBe('submitted')
    expect((await server.db.query('SELECT 1 FROM office_audit')).rowCount).toBe(0)

    const accepted = await call('POST', `/office/applications/${mine.id}/events`, social, accept, 's1')
    expect(accepted.status).toBe(200)
    expect(accepted.body.status).toBe('accepted')
    const { rows } = await server.db.query(
      'SELECT role, unit_id, department_id, kind, record_id, event, status_after FROM office_audit'
    )
    expect(rows).toEqual([
      {
        role: 'department',
        unit_id: null,
        department_id: 'social-insurance',
        kind: 'application',
        record_id: mine.id,
        event: 'accept',
        status_after: 'accepted'
      }
    ])
  })

  test('a department has no appeals: neither the list nor a command', async () => {
    server = await startTestServer({ now: () => NOW })
    const social = await server.officeLogin(await departmentAccount(server.db, 'social-insurance'))
    const forbidden = { status: 403, body: { error: { code: 'forbidden', reason: 'office.role' } } }
    expect(await call('GET', '/office/appeals', social)).toEqual(forbidden)
    for (const actor of ['center', 'unit'])
      expect(
        await call('POST', '/office/appeals/SQ20261123000001/events', social, { actor, event: 'accept' }, actor)
      ).toEqual(forbidden)
    expect(await call('GET', '/office/audit', social)).toEqual(forbidden)
    // the departments and their matters, for any office login and nobody else
    const listed = await call('GET', '/office/departments', social)
    expect(listed.body).toEqual(onlineDepartments().map((d) => ({ ...d, matters: mattersOfDepartment(d.id) })))
    expect(listed.body.find((d: { id: string }) => d.id === 'social-insurance').matters).toContain(
      'gov-services/svc-0001'
    )
    expect((await call('GET', '/office/departments')).status).toBe(401)
  })

  test('property: whatever is filed, each department lists exactly the applications of its matters', async () => {
    server = await startTestServer({ now: () => NOW })
    await server.login('resident')
    const userId = await residentId()
    const departments = onlineDepartments().map((d) => d.id)
    const tokens = new Map<string, string>()
    const tokenOf = async (department: string) => {
      if (!tokens.has(department))
        tokens.set(department, await server.officeLogin(await departmentAccount(server.db, department)))
      return tokens.get(department)!
    }
    let n = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...forms), { minLength: 0, maxLength: 6 }),
        fc.constantFrom(...departments),
        async (filed, department) => {
          await server.db.query('TRUNCATE applications, office_audit')
          const stored: [string, string][] = []
          for (const f of filed) stored.push([await storeApplication(userId, f, n++), f.matterId])
          const listed = (await call('GET', '/office/applications', await tokenOf(department))).body as { id: string }[]
          const expected = stored.filter(([, matter]) => departmentOfMatter(matter) === department).map(([id]) => id)
          expect(listed.map((a) => a.id).sort()).toEqual(expected.sort())
        }
      ),
      { numRuns: 25 }
    )
  })
})

describe('the audit log', () => {
  test('the centre reads it newest first, paged, with the account’s name and never a person’s data', async () => {
    server = await startTestServer({ now: () => NOW })
    const resident = await server.login('resident')
    const mine = await fileSocialInsurance(resident, 'a1')
    const social = await server.officeLogin(await departmentAccount(server.db, 'social-insurance'))
    const center = await server.officeLogin('center')
    await call(
      'POST',
      `/office/applications/${mine.id}/events`,
      social,
      { actor: 'office', event: 'accept', note: '材料齐全，予以受理' },
      's1'
    )
    await call('POST', `/office/applications/${mine.id}/events`, social, { actor: 'office', event: 'review' }, 's2')

    const page = await call('GET', '/office/audit?limit=1', center)
    expect(page.status).toBe(200)
    expect(page.body).toEqual([
      {
        id: expect.any(Number),
        at: expect.any(Number),
        username: departmentUsername('social-insurance'),
        role: 'department',
        unitId: null,
        departmentId: 'social-insurance',
        kind: 'application',
        recordId: mine.id,
        event: 'review',
        statusAfter: 'reviewing'
      }
    ])
    const older = await call('GET', `/office/audit?before=${page.body[0].id}`, center)
    expect(older.body.map((l: { event: string }) => l.event)).toEqual(['accept'])
    const all = JSON.stringify((await call('GET', '/office/audit', center)).body)
    for (const personal of ['陈晓明', '13800138000', validId('123'), '材料齐全']) expect(all).not.toContain(personal)

    expect((await call('GET', '/office/audit?limit=0', center)).status).toBe(400)
    expect((await call('GET', '/office/audit?before=x', center)).status).toBe(400)
    const urban = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
    expect((await call('GET', '/office/audit', urban)).status).toBe(403)
    expect((await call('GET', '/office/audit')).status).toBe(401)
    expect((await call('GET', '/office/audit', resident)).status).toBe(401)
  })
})

describe('every unit has its account; an account changes its own password', () => {
  test('seeding makes the missing accounts only, and an existing one keeps its password', async () => {
    server = await startTestServer({ now: () => NOW })
    const accounts = ['jm-xinhui-urban', 'sz-12345'].map((unitId) => ({
      username: unitUsername(unitId),
      password: 'first-password-1',
      role: 'unit' as const,
      unitId
    }))
    await server.db.query('DELETE FROM office_accounts WHERE username = ANY($1::text[])', [
      accounts.map((a) => a.username)
    ])
    expect(await seedOfficeAccounts(server.db, accounts)).toEqual(['unit-jm-xinhui-urban', 'unit-sz-12345'])
    const again = accounts.map((a) => ({ ...a, password: 'second-password-2' }))
    expect(await seedOfficeAccounts(server.db, again)).toEqual([])
    const login = (password: string) =>
      call('POST', '/office/login', undefined, { username: 'unit-jm-xinhui-urban', password })
    expect((await login('second-password-2')).status).toBe(401)
    expect((await login('first-password-1')).body).toMatchObject({ role: 'unit', unitId: 'jm-xinhui-urban' })
  })

  test('migration 009 gives the earlier unit account jm-urban its seeded name, keeping its password', async () => {
    const url = process.env.DATABASE_URL
    const schema = `m009_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
    const db = url ? postgresDatabase(url, { schema }) : await embeddedDatabase()
    try {
      const all = readMigrations()
      await migrate(
        db,
        all.filter((m) => m.version < 9)
      )
      await seedOfficeAccounts(db, [
        { username: 'jm-urban', password: 'legacy-password', role: 'unit', unitId: 'jm-urban' }
      ])
      const before = await db.query<{ id: number; password_hash: string }>(
        `SELECT id, password_hash FROM office_accounts WHERE username = 'jm-urban'`
      )
      expect(await migrate(db, all)).toContain(9)
      const after = await db.query<{ id: number; username: string; password_hash: string }>(
        'SELECT id, username, password_hash FROM office_accounts'
      )
      expect(after.rows).toEqual([{ ...before.rows[0], username: 'unit-jm-urban' }])
      // and the seeding finds it in place
      expect(
        await seedOfficeAccounts(db, [{ username: 'unit-jm-urban', password: 'x', role: 'unit', unitId: 'jm-urban' }])
      ).toEqual([])
    } finally {
      if (url) await db.query(`DROP SCHEMA ${schema} CASCADE`)
      await db.close()
    }
  })

  test('POST /office/password: the rules, the current password, every other session ended, one audit line', async () => {
    server = await startTestServer({ now: () => NOW })
    const username = 'unit-jm-heshan-urban'
    await server.db.query('DELETE FROM office_accounts WHERE username = $1', [username])
    await seedOfficeAccounts(server.db, [
      { username, password: 'old-password-1', role: 'unit', unitId: 'jm-heshan-urban' }
    ])
    const signIn = async (password: string) => call('POST', '/office/login', undefined, { username, password })
    const mine = (await signIn('old-password-1')).body.token
    const other = (await signIn('old-password-1')).body.token
    const center = await server.officeLogin('center')
    const change = (body: unknown, token: string | undefined = mine) => call('POST', '/office/password', token, body)
    const good = { currentPassword: 'old-password-1', newPassword: '新的密码-2026-worth' }

    expect(await change(good, '')).toMatchObject({
      status: 401,
      body: { error: { reason: 'office.login.required' } }
    })
    expect((await change(good, await server.login('resident'))).status).toBe(401)
    for (const body of [
      {},
      null,
      [],
      { currentPassword: 'old-password-1' },
      { currentPassword: 1, newPassword: '新的密码-2026-worth' },
      { ...good, newPassword: ['x'] },
      { ...good, username }
    ])
      expect(await change(body)).toMatchObject({ status: 400, body: { error: { reason: 'office.password.invalid' } } })
    const refusal = async (body: unknown) => (await change(body)).body.error?.reason
    expect(await refusal({ ...good, newPassword: '短密码12345' })).toBe('office.password.tooShort')
    expect(await refusal({ ...good, newPassword: username.toUpperCase() })).toBe('office.password.username')
    expect(await refusal({ ...good, currentPassword: 'wrong-password' })).toBe('office.password.current')
    expect(await refusal({ ...good, newPassword: 'old-password-1' })).toBe('office.password.same')
    // nothing changed so far: the old password still signs in, and no audit line
    expect((await signIn('old-password-1')).status).toBe(200)
    expect((await server.db.query(`SELECT 1 FROM office_audit WHERE kind = 'account'`)).rowCount).toBe(0)

    expect(await change(good)).toEqual({ status: 200, body: { ok: true } })
    // this session goes on; every other one of the account has ended; other accounts' have not
    expect((await call('GET', '/office/follow-ups', mine)).status).toBe(200)
    expect((await call('GET', '/office/follow-ups', other)).status).toBe(401)
    expect((await call('GET', '/office/follow-ups', center)).status).toBe(200)
    expect((await signIn('old-password-1')).status).toBe(401)
    expect((await signIn(good.newPassword)).body).toMatchObject({ role: 'unit', unitId: 'jm-heshan-urban' })
    // the old password is no longer the current one
    expect(await refusal({ currentPassword: 'old-password-1', newPassword: 'another-password-3' })).toBe(
      'office.password.current'
    )
    const audit = (await call('GET', '/office/audit', center)).body
    expect(audit).toEqual([
      expect.objectContaining({
        username,
        role: 'unit',
        unitId: 'jm-heshan-urban',
        kind: 'account',
        recordId: username,
        event: 'password',
        statusAfter: 'changed'
      })
    ])
    const stored = JSON.stringify((await server.db.query('SELECT * FROM office_audit')).rows)
    for (const secret of ['old-password-1', good.newPassword]) expect(stored).not.toContain(secret)
  })
})
