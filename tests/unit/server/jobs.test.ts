/**
 * @jest-environment node
 */
// The job queue on the business clock: the office reminded before an appeal's deadline and the deadline marked
// overdue after it (as src/core reads the same deadline), a 差评's follow-up task with its own deadlines and
// reminders, and the queue's own rules (backoff, attempts, leases, two workers). The clock is moved, never waited.
import fc from 'fast-check'
import { addWorkingDaysAt, isWorkingDay, shanghaiDate } from '@/core/calendar'
import { deadlineState } from '@/core/appeals/deadlines'
import { appealItems, marksAt, remindAt, type DueItem } from '../../../server/jobs/deadlines'
import { backoffMs, claim, enqueue, LEASE_MS, runDueJobs, RetryLater } from '../../../server/jobs/queue'
import { jobScheduler, KEEP_DONE_MS, SCAN_MS } from '../../../server/jobs/scheduler'
import { postgresDatabase, type Database } from '../../../server/db'
import { departmentAccount, startTestServer, unitAccount, type TestServer } from './harness'
import { departmentOfMatter, onlineDepartments } from '../../../server/routes/office-departments'
import {
  HOUR,
  MINUTE,
  MONDAY,
  appealSteps,
  applicationRequest,
  applicationStep,
  caller,
  clock,
  emptyJobTables,
  fileAppeal,
  now
} from './jobs-fixtures'

let server: TestServer
const call = caller(() => server)

beforeEach(async () => {
  clock.at = MONDAY
  server = await startTestServer({ now })
  await emptyJobTables(server.db)
})
afterEach(() => server.close())

const reminders = async () =>
  (
    await server.db.query<{ record_id: string; item: string; kind: string; due_at: number; unit_id: string | null }>(
      'SELECT record_id, item, kind, due_at, unit_id FROM office_reminders ORDER BY id'
    )
  ).rows.map((r) => `${r.item}:${r.kind}`)

/** an application of `resident`, filed, accepted, reviewed and approved an hour apart */
async function decidedApplication(resident: string): Promise<{ id: string; matterId: string }> {
  const filed = await call('POST', '/me/applications', resident, applicationRequest())
  expect(filed.status).toBe(200)
  for (const command of [
    { event: 'accept', actor: 'office' },
    { event: 'review', actor: 'office' },
    { event: 'decide', actor: 'office', outcome: 'approved', text: '材料齐全，准予办理。' }
  ]) {
    clock.at += HOUR
    await applicationStep(server, call, filed.body.id, command)
  }
  return { id: filed.body.id, matterId: filed.body.matterId }
}

describe('reminders and overdue marks', () => {
  test('an urgent appeal: contact reminded 30 min before its 1 h, overdue after it; reply a working day ahead', async () => {
    const resident = await server.login('resident')
    const id = await fileAppeal(call, resident, { urgent: true })
    const appeal = (await call('GET', `/me/appeals/${id}`, resident)).body
    const contact = appeal.deadlines.find((d: { kind: string }) => d.kind === 'contact')
    const reply = appeal.deadlines.find((d: { kind: string }) => d.kind === 'reply')
    expect(contact.dueAt).toBe(MONDAY + HOUR)
    const jobs = jobScheduler({ db: server.db, now })

    await jobs.runDueJobs(MONDAY + 29 * MINUTE)
    expect(await reminders()).toEqual([])
    await jobs.runDueJobs(MONDAY + 30 * MINUTE)
    expect(await reminders()).toEqual(['contact:dueSoon'])
    // the same tick again, or another worker: no second row
    await jobs.runDueJobs(MONDAY + 30 * MINUTE + SCAN_MS)
    await jobScheduler({ db: server.db, now }).runDueJobs(MONDAY + 30 * MINUTE + 2 * SCAN_MS)
    expect(await reminders()).toEqual(['contact:dueSoon'])

    // past its due time, still unmet: overdue, as the resident's countdown shows it (src/core)
    const late = MONDAY + HOUR + MINUTE
    await jobs.runDueJobs(late)
    expect(await reminders()).toEqual(['contact:dueSoon', 'contact:overdue'])
    expect(deadlineState(contact, late).overdue).toBe(true)

    // reply: 3 working days (Thu 24:00); reminded at the end of Wednesday, the working day before
    expect(shanghaiDate(reply.dueAt - 1)).toBe('2026-11-26')
    await jobs.runDueJobs(Date.parse('2026-11-25T23:59:00+08:00'))
    expect(await reminders()).toEqual(['contact:dueSoon', 'contact:overdue'])
    await jobs.runDueJobs(Date.parse('2026-11-26T00:00:00+08:00'))
    expect(await reminders()).toEqual(['contact:dueSoon', 'contact:overdue', 'reply:dueSoon'])

    // the office sees them: the centre every row; a unit only its own appeals' rows
    const center = await server.officeLogin('center')
    const listed = await call('GET', '/office/reminders', center)
    expect(listed.status).toBe(200)
    expect(
      listed.body.map((r: { recordId: string; item: string; kind: string }) => [r.recordId, r.item, r.kind])
    ).toEqual([
      [id, 'contact', 'dueSoon'],
      [id, 'contact', 'overdue'],
      [id, 'reply', 'dueSoon']
    ])
    const unit = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
    expect((await call('GET', '/office/reminders', unit)).body).toEqual([])
    expect((await call('GET', '/office/reminders', resident)).status).toBe(401)
  })

  test('a deadline met in time is never marked; the unit holding the appeal gets its reminders', async () => {
    const resident = await server.login('resident')
    const id = await fileAppeal(call, resident, { urgent: true })
    clock.at += 10 * MINUTE
    await appealSteps(server, call, id, ['accept', 'dispatch', 'start', 'contact'])
    const jobs = jobScheduler({ db: server.db, now })
    await jobs.runDueJobs(MONDAY + 2 * HOUR)
    expect(await reminders()).toEqual([])
    // the unit holds it now: its reminders carry the unit
    await jobs.runDueJobs(Date.parse('2026-11-26T12:00:00+08:00'))
    await jobs.runDueJobs(Date.parse('2026-11-27T00:01:00+08:00'))
    const rows = await server.db.query<{ unit_id: string; item: string; kind: string }>(
      'SELECT unit_id, item, kind FROM office_reminders ORDER BY id'
    )
    expect(rows.rows).toEqual([
      { unit_id: 'jm-urban', item: 'reply', kind: 'dueSoon' },
      { unit_id: 'jm-urban', item: 'reply', kind: 'overdue' }
    ])
    const unit = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
    expect((await call('GET', '/office/reminders', unit)).body).toHaveLength(2)
  })
})

describe('差评 follow-up', () => {
  test('an appeal rated 不满意: a follow-up task with the 重办 deadlines, reminded and marked as they pass', async () => {
    const resident = await server.login('resident')
    const id = await fileAppeal(call, resident)
    clock.at += HOUR
    await appealSteps(server, call, id, ['accept', 'dispatch', 'start', 'reply', 'revisit'])
    clock.at = Date.parse('2026-11-24T10:00:00+08:00')
    const rated = await call('POST', `/me/appeals/${id}/rating`, resident, { level: 2, reason: '摊位第二天又回来了' })
    expect(rated.status).toBe(200)
    expect(rated.body.status).toBe('processing')
    const redo = rated.body.deadlines as { kind: string; dueAt: number }[]

    const center = await server.officeLogin('center')
    const tasks = (await call('GET', '/office/follow-ups', center)).body
    expect(tasks).toEqual([
      {
        id: 1,
        state: 'open',
        recordKind: 'appeal',
        recordId: id,
        round: 1,
        unitId: 'jm-urban',
        level: 2,
        ratedAt: clock.at,
        callbackDueAt: redo.find((d) => d.kind === 'contact')!.dueAt,
        rectifyDueAt: redo.find((d) => d.kind === 'reply')!.dueAt
      }
    ])
    // call back within 1 working day: Wednesday 24:00, reminded at the end of Tuesday
    expect(tasks[0].callbackDueAt).toBe(addWorkingDaysAt(clock.at, 1))
    const jobs = jobScheduler({ db: server.db, now })
    await jobs.runDueJobs(Date.parse('2026-11-25T00:00:00+08:00'))
    expect(await reminders()).toContain('contact:dueSoon')
    await jobs.runDueJobs(tasks[0].callbackDueAt + MINUTE)
    expect(await reminders()).toContain('contact:overdue')

    // the unit calls back (联系): the task records it
    clock.at = tasks[0].callbackDueAt + 2 * MINUTE
    await appealSteps(server, call, id, ['contact'])
    const after = (await call('GET', '/office/follow-ups', center)).body[0]
    expect(after.calledBackAt).toBe(clock.at)
    expect(after.rectifiedAt).toBeUndefined()
  })

  test('an application rated 非常不满意: callback in 1 working day and rectification in 15, each reminded', async () => {
    const resident = await server.login('resident')
    const { id, matterId } = await decidedApplication(resident)
    const rated = await call('POST', `/me/applications/${id}/rating`, resident, {
      level: 1,
      reason: '等了很久也没有人告诉我进度'
    })
    expect(rated.status).toBe(200)
    const followUp = rated.body.ratings[0].followUp
    const center = await server.officeLogin('center')
    const task = (await call('GET', '/office/follow-ups', center)).body[0]
    expect(task).toMatchObject({
      recordKind: 'application',
      recordId: id,
      level: 1,
      callbackDueAt: followUp.callbackDueAt,
      rectifyDueAt: followUp.rectifyDueAt
    })
    const jobs = jobScheduler({ db: server.db, now })
    // ticks further apart than the scan's period: each one scans
    await jobs.runDueJobs(followUp.callbackDueAt - 2 * MINUTE)
    expect(await reminders()).toEqual(['callback:dueSoon'])
    await jobs.runDueJobs(followUp.callbackDueAt + MINUTE)
    expect(await reminders()).toEqual(['callback:dueSoon', 'callback:overdue'])
    // the office calls back: no more callback marks; the rectification is still watched
    clock.at = followUp.callbackDueAt + 2 * MINUTE
    await applicationStep(server, call, id, { event: 'callBack', actor: 'office', note: '已电话回访并致歉' })
    expect((await call('GET', '/office/follow-ups', center)).body[0].calledBackAt).toBe(clock.at)
    // its department sees the rows, another department and a unit do not
    const mine = await server.officeLogin(await departmentAccount(server.db, departmentOfMatter(matterId)!))
    const otherId = onlineDepartments().find((d) => d.id !== departmentOfMatter(matterId))!.id
    const other = await server.officeLogin(await departmentAccount(server.db, otherId))
    const unit = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
    expect((await call('GET', '/office/reminders', mine)).body).toHaveLength(2)
    expect((await call('GET', '/office/follow-ups', mine)).body).toHaveLength(1)
    for (const token of [other, unit]) {
      expect((await call('GET', '/office/reminders', token)).body).toEqual([])
      expect((await call('GET', '/office/follow-ups', token)).body).toEqual([])
    }
    await jobs.runDueJobs(followUp.rectifyDueAt - 2 * MINUTE)
    await jobs.runDueJobs(followUp.rectifyDueAt + MINUTE)
    expect(await reminders()).toEqual(['callback:dueSoon', 'callback:overdue', 'rectify:dueSoon', 'rectify:overdue'])
  })
})

describe('回访 of a 差评 the workflow has no step for', () => {
  test('an appeal closed by its second 差评: its unit records the 回访 once, with a note, audited; others cannot', async () => {
    const resident = await server.login('resident')
    const id = await fileAppeal(call, resident)
    clock.at += HOUR
    await appealSteps(server, call, id, ['accept', 'dispatch', 'start', 'reply', 'revisit'])
    clock.at = Date.parse('2026-11-24T10:00:00+08:00')
    expect(
      (await call('POST', `/me/appeals/${id}/rating`, resident, { level: 2, reason: '摊位第二天又回来了' })).status
    ).toBe(200)
    const center = await server.officeLogin('center')
    const unit = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
    const done = (task: number, body: unknown, token: string | undefined = unit) =>
      call('POST', `/office/follow-ups/${task}/done`, token, body)
    const note = { note: '已电话回访诉求人，说明整改安排' }
    // in the 重办 the workflow's own 联系 records the callback
    expect(await done(1, note)).toMatchObject({ status: 409, body: { error: { reason: 'followUp.byWorkflow' } } })
    clock.at += HOUR
    await appealSteps(server, call, id, ['reply', 'revisit'])
    clock.at += HOUR
    const closed = await call('POST', `/me/appeals/${id}/rating`, resident, { level: 1, reason: '仍然没有解决问题' })
    expect(closed.body.status).toBe('closed')
    const second = (await call('GET', '/office/follow-ups', center)).body[0]
    expect(second).toMatchObject({ recordId: id, round: 2, state: 'open', unitId: 'jm-urban' })
    expect(second.calledBackAt).toBeUndefined()
    // nothing records it by itself: past its time it is overdue
    clock.at = second.callbackDueAt + MINUTE
    expect((await call('GET', '/office/follow-ups', unit)).body[0]).toMatchObject({ id: second.id, state: 'overdue' })

    // the door: no login, the centre, another unit, a department; an unknown id; bodies of the wrong shape
    expect(await done(second.id, note, '')).toMatchObject({
      status: 401,
      body: { error: { reason: 'office.login.required' } }
    })
    expect(await done(second.id, note, center)).toMatchObject({
      status: 403,
      body: { error: { reason: 'office.role' } }
    })
    const unknown = await done(999999, note)
    expect(unknown).toEqual({ status: 404, body: { error: { code: 'not_found', reason: 'followUp.unknown' } } })
    const otherUnit = await server.officeLogin(await unitAccount(server.db, 'jm-housing'))
    const department = await server.officeLogin(await departmentAccount(server.db, onlineDepartments()[0].id))
    for (const token of [otherUnit, department]) expect(await done(second.id, note, token)).toEqual(unknown)
    for (const path of ['abc', '0', '-1', '1e3', String(2 ** 60)])
      expect((await call('POST', `/office/follow-ups/${path}/done`, unit, note)).body).toEqual(unknown.body)
    for (const body of [
      {},
      null,
      [],
      { note: 12345 },
      { note: ['已回访'] },
      { ...note, at: 1 },
      { ...note, state: 'done' }
    ])
      expect(await done(second.id, body)).toMatchObject({
        status: 400,
        body: { error: { reason: 'followUp.invalid' } }
      })
    expect(await done(second.id, { note: ' 已回访 ' })).toMatchObject({
      status: 400,
      body: { error: { reason: 'followUp.noteRequired' } }
    })
    expect((await server.db.query(`SELECT 1 FROM office_audit WHERE event = 'followUp'`)).rowCount).toBe(0)

    // its unit records it: done, with who, when and the note; twice at once and once more answer the same
    clock.at += MINUTE
    const [first, twin] = await Promise.all([done(second.id, note), done(second.id, note)])
    expect(first.status).toBe(200)
    expect(first.body).toEqual({
      ...second,
      state: 'done',
      calledBackAt: clock.at,
      doneAt: clock.at,
      doneBy: 'unit-jm-urban',
      note: note.note
    })
    expect(twin).toEqual(first)
    clock.at += HOUR
    expect(await done(second.id, { note: '另一次回访的说明文字' })).toEqual(first)
    expect((await call('GET', '/office/follow-ups', center)).body[0]).toEqual(first.body)
    const audit = (await call('GET', '/office/audit', center)).body.filter(
      (l: { event: string }) => l.event === 'followUp'
    )
    expect(audit).toEqual([
      expect.objectContaining({
        username: 'unit-jm-urban',
        role: 'unit',
        unitId: 'jm-urban',
        kind: 'appeal',
        recordId: id,
        statusAfter: 'closed'
      })
    ])
    const log = JSON.stringify((await server.db.query('SELECT * FROM office_audit')).rows)
    expect(log).not.toContain('回访诉求人')
  })

  test("an application's 回访 is its workflow's own step: the route refuses it, the step records it", async () => {
    const resident = await server.login('resident')
    const { id, matterId } = await decidedApplication(resident)
    clock.at += HOUR
    expect(
      (await call('POST', `/me/applications/${id}/rating`, resident, { level: 1, reason: '办理时间太长了' })).status
    ).toBe(200)
    const mine = await server.officeLogin(await departmentAccount(server.db, departmentOfMatter(matterId)!))
    const task = (await call('GET', '/office/follow-ups', mine)).body[0]
    expect(task).toMatchObject({ recordKind: 'application', state: 'open' })
    expect(await call('POST', `/office/follow-ups/${task.id}/done`, mine, { note: '已电话回访申请人' })).toMatchObject({
      status: 409,
      body: { error: { reason: 'followUp.byWorkflow' } }
    })
    const unit = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
    expect((await call('POST', `/office/follow-ups/${task.id}/done`, unit, { note: '已电话回访申请人' })).status).toBe(
      404
    )
    await applicationStep(server, call, id, { event: 'callBack', actor: 'office', note: '已电话回访并致歉' })
    await applicationStep(server, call, id, { event: 'rectify', actor: 'office', note: '已优化审批流程' })
    expect((await call('GET', '/office/follow-ups', mine)).body[0].state).toBe('done')
  })
})

describe('the queue', () => {
  test('a failing job is retried with backoff and fails for good after its attempts', async () => {
    const db = server.db
    await enqueue(db, { kind: 'flaky', key: 'flaky-1', runAt: MONDAY, maxAttempts: 3 })
    // the same key again is the same job
    expect(await enqueue(db, { kind: 'flaky', key: 'flaky-1', runAt: MONDAY })).toBe(false)
    let runs = 0
    const handlers = {
      flaky: async () => {
        runs++
        throw new RetryLater('busy')
      }
    }
    let at = MONDAY
    expect(await runDueJobs(db, handlers, at)).toMatchObject({ claimed: 1, retried: 1 })
    expect(await runDueJobs(db, handlers, at + backoffMs(1) - 1)).toMatchObject({ claimed: 0 })
    at += backoffMs(1)
    expect(await runDueJobs(db, handlers, at)).toMatchObject({ claimed: 1, retried: 1 })
    at += backoffMs(2)
    expect(await runDueJobs(db, handlers, at)).toMatchObject({ claimed: 1, failed: 1 })
    expect(await runDueJobs(db, handlers, at + 10 * HOUR)).toMatchObject({ claimed: 0 })
    expect(runs).toBe(3)
    const { rows } = await db.query<{ state: string; last_error: string }>('SELECT state, last_error FROM jobs')
    expect(rows).toEqual([{ state: 'failed', last_error: 'RetryLater: busy' }])
  })

  test('a claim is a lease: another worker takes the job only once the lease has passed', async () => {
    const db = server.db
    await enqueue(db, { kind: 'work', key: 'w', runAt: MONDAY })
    expect(await claim(db, MONDAY, 'a', 10)).toHaveLength(1)
    expect(await claim(db, MONDAY + LEASE_MS - 1, 'b', 10)).toHaveLength(0)
    let ran = 0
    expect(await runDueJobs(db, { work: async () => void ran++ }, MONDAY + LEASE_MS, { worker: 'b' })).toMatchObject({
      done: 1
    })
    expect(ran).toBe(1)
    const { rows } = await db.query<{ state: string; attempts: number }>('SELECT state, attempts FROM jobs')
    expect(rows).toEqual([{ state: 'done', attempts: 2 }])
  })

  test('finished jobs are dropped after a week; failed ones stay', async () => {
    const db = server.db
    await enqueue(db, { kind: 'work', key: 'done', runAt: MONDAY })
    await enqueue(db, { kind: 'broken', key: 'failed', runAt: MONDAY, maxAttempts: 1 })
    await runDueJobs(db, { work: async () => undefined }, MONDAY)
    const jobs = jobScheduler({ db, now })
    await jobs.runDueJobs(MONDAY + KEEP_DONE_MS)
    const keys = async () =>
      (await db.query<{ key: string }>('SELECT key FROM jobs ORDER BY key')).rows.map((r) => r.key)
    expect(await keys()).toEqual(['deadlines.scan', 'done', 'failed'])
    await jobs.runDueJobs(MONDAY + KEEP_DONE_MS + SCAN_MS + 1)
    expect(await keys()).toEqual(['deadlines.scan', 'failed'])
  })

  test('two workers claiming at once take disjoint jobs (SKIP LOCKED)', async () => {
    const db = server.db
    for (let i = 0; i < 40; i++) await enqueue(db, { kind: 'work', key: `w${i}`, runAt: MONDAY })
    let second: Database = db
    if (db.kind === 'postgresql') {
      const schema = (await db.query<{ s: string }>('SELECT current_schema() AS s')).rows[0].s
      second = postgresDatabase(process.env.DATABASE_URL!, { schema })
    }
    try {
      const claims = await Promise.all(
        Array.from({ length: 8 }, (_, i) => claim(i % 2 ? second : db, MONDAY, `w${i}`, 7))
      )
      const ids = claims.flat().map((j) => j.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids.length).toBe(40)
    } finally {
      if (second !== db) await second.close()
    }
  })
})

describe('when a reminder is due', () => {
  const instant = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-20T00:00:00Z') })
  const item = fc
    .record({
      unit: fc.constantFrom('hours' as const, 'days' as const, 'workingDays' as const),
      startAt: instant,
      amount: fc.integer({ min: 1, max: 20 })
    })
    .map(({ unit, startAt, amount }): DueItem => {
      const dueAt =
        unit === 'hours'
          ? startAt + amount * HOUR
          : unit === 'workingDays'
            ? addWorkingDaysAt(startAt, amount)
            : startAt + amount * 24 * HOUR
      return { item: 'reply', unit, startAt, dueAt }
    })

  test('after the start and before the due time; a working-day deadline at the end of a working day', () => {
    fc.assert(
      fc.property(item, (d) => {
        const at = remindAt(d)
        expect(at).toBeGreaterThan(d.startAt)
        expect(at).toBeLessThan(d.dueAt)
        if (d.unit === 'hours') expect(d.dueAt - at).toBeLessThanOrEqual(2 * HOUR)
        if (d.unit === 'workingDays' && at > d.startAt + (d.dueAt - d.startAt) / 2 + 1) {
          // the end of the working day before the last one: the whole last working day is left
          expect(isWorkingDay(shanghaiDate(at - 1))).toBe(true)
          expect(addWorkingDaysAt(at - 1, 1)).toBe(d.dueAt)
        }
      })
    )
  })

  test('the marks over time: nothing, then dueSoon, then overdue, and none once met', () => {
    fc.assert(
      fc.property(item, fc.array(fc.integer({ min: -3 * 24, max: 30 * 24 }), { maxLength: 20 }), (d, hours) => {
        for (const h of hours) {
          const t = d.startAt + h * HOUR
          const marks = marksAt([d], t).map((m) => m.kind)
          if (t > d.dueAt) expect(marks).toEqual(['overdue'])
          else if (t >= remindAt(d)) expect(marks).toEqual(['dueSoon'])
          else expect(marks).toEqual([])
          expect(marksAt([{ ...d, metAt: d.startAt }], t)).toEqual([])
        }
      })
    )
  })

  test("a 重办's deadlines count from the 差评", () => {
    const items = appealItems({
      createdAt: 1,
      redoCount: 1,
      ratings: [{ at: 500, level: 2, round: 1 }],
      deadlines: [{ kind: 'contact', dueAt: 1000, amount: 1, unit: 'hours', policy: 'redo' }]
    })
    expect(items).toEqual([{ item: 'contact', unit: 'hours', startAt: 500, dueAt: 1000, metAt: undefined }])
  })
})
