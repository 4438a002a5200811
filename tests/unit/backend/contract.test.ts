/**
 * @jest-environment node
 */
// One contract suite, run against every implementation of the data boundary: the embedded backend, and the HTTP
// backend talking to the production server of docs/api.md (tests/helpers/backends.ts).
import type { AppealRequest } from '@/core/appeals/types'
import type { Backend } from '@/backend/types'
import type { BookingRequest } from '@/core/gov-services/types'
import { isBackendError } from '@/backend/errors'
import { govDatasets } from '@/backend/embedded/gov-data'
import { BOOKING_REFERENCE_PATTERN, bookingWindow, hallCode } from '@/core/booking'
import { addDays, endOfShanghaiDay, shanghaiDate } from '@/core/calendar'
import { BACKEND_IMPLEMENTATIONS, testClock } from '../../helpers/backends'
import { appealRequest, bookable, bookingRequest, MONDAY, validId } from '../server/requests'

// Monday 23 November 2026, 08:00 in Jiangmen
const NOW = MONDAY
const services = govDatasets['zh-Hans'].services

async function expectError(p: Promise<unknown>, code: string, reason?: string) {
  try {
    await p
  } catch (e) {
    expect(isBackendError(e)).toBe(true)
    if (isBackendError(e)) {
      expect(e.code).toBe(code)
      if (reason) expect(e.reason).toBe(reason)
    }
    return
  }
  throw new Error(`expected ${code}`)
}

describe.each(BACKEND_IMPLEMENTATIONS)('backend contract: %s', (_name, make) => {
  let backend: Backend
  let close: () => Promise<void>
  beforeEach(async () => {
    const made = await make(testClock(NOW).now)
    backend = made.backend
    close = made.close
  })
  afterEach(() => close())

  test('calendar: the arrangement from last year on; 2027 has its statutory holidays, provisional', async () => {
    const years = await backend.calendar.getArrangement()
    expect(Object.keys(years).sort().slice(0, 2)).toEqual(['2025', '2026'])
    expect(years['2026']).toMatchObject({ provisional: false })
    expect(years['2026'].workdays['2026-10-10']).toContain('国庆')
    expect(years['2027']).toMatchObject({ provisional: true })
    expect(years['2027'].holidays['2027-01-01']).toContain('元旦')
  })

  test('each zone lists its own services', async () => {
    const jiangmen = await backend.gov.listServices({ zone: 'jiangmen' }, 'zh-Hans')
    const shenjiang = await backend.gov.listServices({ zone: 'shenjiang' }, 'zh-Hans')
    const zhongjiang = await backend.gov.listServices({ zone: 'zhongjiang' }, 'zh-Hans')
    expect(jiangmen.length).toBe(services.length)
    expect(shenjiang.length).toBeGreaterThan(0)
    expect(shenjiang.every((s) => s.crossCity.includes('shenzhen'))).toBe(true)
    expect(zhongjiang.every((s) => s.crossCity.includes('zhongshan'))).toBe(true)
    expect(shenjiang.length).toBeLessThan(jiangmen.length)
    // 全部事项: the switch lists the whole catalogue in any zone
    const all = await backend.gov.listServices({ zone: 'zhongjiang', scope: 'all' }, 'zh-Hans')
    expect(all.length).toBe(services.length)
    expect(await backend.gov.listServices({ zone: 'zhongjiang', scope: 'zone' }, 'zh-Hans')).toEqual(zhongjiang)
  })

  test('a guide of one situation names its matter and every situation; its channels can be opened', async () => {
    const purchase = await backend.gov.getService('svc-0011', 'zh-Hans')
    expect(purchase.situationGroup?.name).toBe('住房公积金提取')
    expect(purchase.situationGroup?.situations.map((s) => s.name)).toEqual([
      '租房',
      '购房',
      '偿还房贷',
      '退休',
      '离职',
      '重大疾病'
    ])
    expect(purchase.situationGroup?.situations.find((s) => s.id === 'purchase')?.serviceId).toBe('svc-0011')
    expect(purchase.channels.map((c) => c.name)).toEqual(['广东政务服务网', '粤省事', '江门易办事'])
    expect(purchase.channels.every((c) => c.url.startsWith('https://'))).toBe(true)
    const single = await backend.gov.getService('svc-0001', 'zh-Hans')
    expect(single.situationGroup).toBeUndefined()
    const hant = await backend.gov.getService('svc-0011', 'zh-Hant')
    expect(hant.situationGroup?.name).toBe('住房公積金提取')
  })

  test('filters by featured, audience, theme and department', async () => {
    const featured = await backend.gov.listServices({ zone: 'jiangmen', featured: true }, 'zh-Hans')
    expect(featured).toHaveLength(76)
    const legal = await backend.gov.listServices({ zone: 'jiangmen', audience: 'legal' }, 'zh-Hans')
    expect(legal.length).toBeGreaterThan(0)
    expect(legal.every((s) => s.audience.includes('legal'))).toBe(true)
    const s = services[0]
    const byTheme = await backend.gov.listServices({ zone: 'jiangmen', themeId: s.themeIds[0] }, 'zh-Hans')
    expect(byTheme.map((x) => x.id)).toContain(s.id)
    const byDept = await backend.gov.listServices({ zone: 'jiangmen', departmentId: s.departmentId }, 'zh-Hans')
    expect(byDept.map((x) => x.id)).toContain(s.id)
  })

  test('a guide carries every field, in either script', async () => {
    const guide = await backend.gov.getService(bookable.id, 'zh-Hans')
    expect(guide.department.id).toBe(bookable.departmentId)
    expect(guide.halls.length).toBe(bookable.hallIds.length)
    expect(guide.materials.length).toBeGreaterThan(0)
    const hant = await backend.gov.getService(bookable.id, 'zh-Hant')
    expect(hant.id).toBe(guide.id)
    expect(hant.name.length).toBe(guide.name.length)
    await expectError(backend.gov.getService('svc-nope', 'zh-Hans'), 'not_found', 'service.unknown')
  })

  test('bundles list their services in order', async () => {
    const bundles = await backend.gov.listBundles('zh-Hans')
    expect(bundles.length).toBeGreaterThanOrEqual(8)
    const detail = await backend.gov.getBundle(bundles[0].id, 'zh-Hans')
    expect(detail.services.map((s) => s.id)).toEqual(bundles[0].steps.map((s) => s.serviceId))
  })

  test('booking: availability, once per key, no double booking of a person, cancel', async () => {
    const hallId = bookable.hallIds[0]
    const date = bookingWindow(NOW)[0]
    const before = await backend.gov.getAvailability(hallId, date)
    const request = bookingRequest({ idempotencyKey: 'k-1', hallId, date, slot: before[0].slot })
    const booking = await backend.gov.book(request)
    expect(booking.status).toBe('active')
    // the same submission again (a retry) returns the same booking and books nothing more
    const again = await backend.gov.book(request)
    expect(again.id).toBe(booking.id)
    const after = await backend.gov.getAvailability(hallId, date)
    expect(after[0].remaining).toBe(before[0].remaining - 1)
    // the same person cannot hold a second booking for that slot
    await expectError(backend.gov.book({ ...request, idempotencyKey: 'k-2' }), 'conflict', 'booking.duplicatePerson')
    // a wrong ID number is refused with its specific reason
    const wrongCheck = request.idNumber.slice(0, 17) + (request.idNumber.endsWith('0') ? '1' : '0')
    await expectError(
      backend.gov.book({ ...request, idempotencyKey: 'k-3', idNumber: wrongCheck }),
      'invalid',
      'id.mainland.checkDigit'
    )
    expect(await backend.gov.listBookings()).toHaveLength(1)
    const cancelled = await backend.gov.cancelBooking(booking.id)
    expect(cancelled.status).toBe('cancelled')
    expect((await backend.gov.getAvailability(hallId, date))[0].remaining).toBe(before[0].remaining)
    await expectError(backend.gov.cancelBooking('nope'), 'not_found', 'booking.unknown')
  })

  const bookingOf = (patch: Partial<BookingRequest> = {}) =>
    bookingRequest({ idempotencyKey: 'r-1', date: bookingWindow(NOW)[2], ...patch })

  test('each booking gets its own 预约号 (YY, the day, the hall, its place in the day) and can be read back', async () => {
    const first = await backend.gov.book(bookingOf())
    const second = await backend.gov.book(bookingOf({ idempotencyKey: 'r-2', idNumber: validId('124') }))
    const day = bookingOf().date.replace(/-/g, '')
    expect(first.reference).toMatch(BOOKING_REFERENCE_PATTERN)
    expect(first.reference).toBe(`YY${day}${hallCode(first.hallId)}001`)
    expect(second.reference).toBe(`YY${day}${hallCode(first.hallId)}002`)
    // a number stays taken after its booking is cancelled
    await backend.gov.cancelBooking(second.id)
    const third = await backend.gov.book(bookingOf({ idempotencyKey: 'r-3', idNumber: validId('125') }))
    expect(third.reference).toBe(`YY${day}${hallCode(first.hallId)}003`)
    expect(await backend.gov.getBooking(first.id)).toEqual(first)
    expect((await backend.gov.getBooking(second.id)).status).toBe('cancelled')
    await expectError(backend.gov.getBooking('BK-nope'), 'not_found', 'booking.unknown')
  })

  test('改约 holds the new place before it gives up the old one, once per key', async () => {
    const hall = govDatasets['zh-Hans'].halls.find((h) => h.id === bookable.hallIds[0])!
    const old = await backend.gov.book(bookingOf())
    const [fromSlot, toSlot] = [hall.slots[0], hall.slots[1]]
    const before = await backend.gov.getAvailability(hall.id, old.date)
    const move = { idempotencyKey: 'move-1', hallId: hall.id, date: old.date, slot: toSlot }
    // the same person may move within the day: their own old booking does not count against them
    const moved = await backend.gov.rescheduleBooking(old.id, move)
    expect(moved).toMatchObject({ status: 'active', slot: toSlot, rescheduledFrom: old.id, name: old.name })
    expect(moved.id).not.toBe(old.id)
    expect(moved.reference).toMatch(BOOKING_REFERENCE_PATTERN)
    expect(moved.reference).not.toBe(old.reference)
    expect(await backend.gov.getBooking(old.id)).toMatchObject({ status: 'rescheduled', rescheduledTo: moved.id })
    // a repeat (a lost answer, a double tap) answers the same and moves nothing more
    expect(await backend.gov.rescheduleBooking(old.id, move)).toEqual(moved)
    expect(await backend.gov.listBookings()).toHaveLength(2)
    const after = await backend.gov.getAvailability(hall.id, old.date)
    const remaining = (list: typeof after, slot: string) => list.find((a) => a.slot === slot)!.remaining
    expect(remaining(after, fromSlot)).toBe(remaining(before, fromSlot) + 1)
    expect(remaining(after, toSlot)).toBe(remaining(before, toSlot) - 1)
    // the old booking is no longer there to move or cancel
    await expectError(
      backend.gov.rescheduleBooking(old.id, { ...move, idempotencyKey: 'move-2', slot: fromSlot }),
      'conflict',
      'booking.notActive'
    )
    await expectError(backend.gov.cancelBooking(old.id), 'conflict', 'booking.notActive')
    await expectError(
      backend.gov.rescheduleBooking('BK-nope', { ...move, idempotencyKey: 'move-3' }),
      'not_found',
      'booking.unknown'
    )
  })

  test('改约 to a full slot or a wrong place is refused and leaves the booking where it was', async () => {
    const hall = govDatasets['zh-Hans'].halls.find((h) => h.id === bookable.hallIds[0])!
    const mine = await backend.gov.book(bookingOf())
    const date = bookingWindow(NOW)[3]
    for (let i = 0; i < hall.slotCapacity; i++)
      await backend.gov.book(
        bookingOf({ idempotencyKey: `full-${i}`, date, slot: hall.slots[0], idNumber: validId(String(200 + i)) })
      )
    await expectError(
      backend.gov.rescheduleBooking(mine.id, { idempotencyKey: 'm-1', hallId: hall.id, date, slot: hall.slots[0] }),
      'conflict',
      'booking.slotFull'
    )
    const elsewhere = govDatasets['zh-Hans'].halls.find((h) => !bookable.hallIds.includes(h.id))!
    await expectError(
      backend.gov.rescheduleBooking(mine.id, {
        idempotencyKey: 'm-2',
        hallId: elsewhere.id,
        date,
        slot: '09:00-09:30'
      }),
      'invalid',
      'booking.hallNotForService'
    )
    await expectError(
      backend.gov.rescheduleBooking(mine.id, {
        idempotencyKey: 'm-3',
        hallId: hall.id,
        date: '2026-11-28',
        slot: hall.slots[0]
      }),
      'invalid',
      'booking.dateNotWorkingDay'
    )
    expect(await backend.gov.getBooking(mine.id)).toEqual(mine)
    // refused, the key left nothing behind: the same key may move it once the choice is right
    const moved = await backend.gov.rescheduleBooking(mine.id, {
      idempotencyKey: 'm-1',
      hallId: hall.id,
      date,
      slot: hall.slots[1]
    })
    expect(moved.rescheduledFrom).toBe(mine.id)
    // cancelling the new booking is cancelling the appointment; cancelling again answers the same
    expect((await backend.gov.cancelBooking(moved.id)).status).toBe('cancelled')
    expect((await backend.gov.cancelBooking(moved.id)).status).toBe('cancelled')
  })

  test('booking a full slot is refused', async () => {
    const hallId = bookable.hallIds[0]
    const date = bookingWindow(NOW)[1]
    const [first] = await backend.gov.getAvailability(hallId, date)
    for (let i = 0; i < first.capacity; i++) {
      await backend.gov.book(
        bookingRequest({
          idempotencyKey: `fill-${i}`,
          hallId,
          date,
          slot: first.slot,
          name: '李四',
          idNumber: validId(String(100 + i)),
          phone: '13900139000'
        })
      )
    }
    await expectError(
      backend.gov.book(
        bookingRequest({
          idempotencyKey: 'over',
          hallId,
          date,
          slot: first.slot,
          name: '王五',
          idType: 'hk',
          idNumber: 'A123456(3)',
          phoneRegion: 'hk',
          phone: '51234567'
        })
      ),
      'conflict',
      'booking.slotFull'
    )
  })

  test('progress query: malformed, unknown and known references', async () => {
    await expectError(backend.gov.findCase('XX123', 'zh-Hans'), 'invalid')
    await expectError(backend.gov.findCase('JM20261103999999', 'zh-Hans'), 'not_found', 'case.unknown')
    const known = govDatasets['zh-Hans'].cases[0]
    const found = await backend.gov.findCase(known.reference.toLowerCase(), 'zh-Hans')
    expect(found.reference).toBe(known.reference)
    expect(found.serviceName).toBeTruthy()
  })

  test('favourites and history', async () => {
    const item = {
      module: 'gov-services',
      kind: 'service',
      id: bookable.id,
      title: bookable.name,
      titleHant: bookable.name,
      route: '/x',
      at: NOW
    }
    expect(await backend.user.toggleFavourite(item)).toBe(true)
    expect(await backend.user.isFavourite(item)).toBe(true)
    expect(await backend.user.listFavourites()).toHaveLength(1)
    // the pair is open: another module's item of the same kind and id is another item
    const other = { ...item, module: 'tourism', kind: 'service' }
    expect(await backend.user.isFavourite(other)).toBe(false)
    expect(await backend.user.toggleFavourite(other)).toBe(true)
    expect((await backend.user.listFavourites()).map((f) => f.module).sort()).toEqual(['gov-services', 'tourism'])
    expect(await backend.user.toggleFavourite(other)).toBe(false)
    expect(await backend.user.toggleFavourite(item)).toBe(false)
    expect(await backend.user.listFavourites()).toHaveLength(0)
    await backend.user.addHistory(item)
    await backend.user.addHistory({ ...item, at: NOW + 1 })
    expect(await backend.user.listHistory()).toHaveLength(1)
    await backend.user.clearHistory()
    expect(await backend.user.listHistory()).toHaveLength(0)
  })

  test('what the pages hand over, keys of their own and all (a booking draft’s updatedAt), is accepted', async () => {
    // the booking form sends its draft as it is kept on the device (gov-services/booking.ts)
    const draft = { ...bookingOf({ idempotencyKey: 'draft-1' }), updatedAt: NOW }
    const booking = await backend.gov.book(draft)
    expect(booking).toMatchObject({ status: 'active', idNumber: draft.idNumber, slot: draft.slot })
    // a saved record may carry more than the saved item it names
    const saved = { module: 'gov-services', kind: 'service', id: bookable.id, title: '社保', titleHant: '社保' }
    const item = { ...saved, route: '/x', at: NOW, pinned: true }
    expect(await backend.user.toggleFavourite(item)).toBe(true)
    await backend.user.addHistory({ ...item, at: NOW + 1 })
    expect((await backend.user.listHistory()).map((h) => h.id)).toEqual([bookable.id])
  })

  describe('诉求服务', () => {
    // the phone as a resident may type it, with spaces
    const filing = (patch: Partial<AppealRequest> = {}): AppealRequest =>
      appealRequest({
        idempotencyKey: 'appeal-1',
        contact: { name: '陈大明', phoneRegion: 'cn', phone: '138 0013 8000' },
        ...patch
      })

    test('the catalogue in both scripts, and a routing proposal with its evidence', async () => {
      const hans = await backend.appeals.catalogue('zh-Hans')
      const hant = await backend.appeals.catalogue('zh-Hant')
      expect(hans.units.length).toBe(hant.units.length)
      expect(hant.units.find((u) => u.id === 'jm-urban')?.name).toContain('執法局')
      // district units are listed beside the city ones, with their name and phone
      expect(hans.units.find((u) => u.id === 'jm-pengjiang-urban')).toMatchObject({
        name: '蓬江区城市管理和综合执法局',
        phone: expect.stringMatching(/^0750-\d{7}$/)
      })
      // tags keep their 简体 id whatever script shows them
      expect(hant.tags.map((t) => t.id)).toEqual(hans.tags.map((t) => t.id))
      const proposal = await backend.appeals.proposeRouting({
        text: '市場門口有人亂擺賣，佔道經營',
        tags: [],
        city: 'jiangmen'
      })
      expect(proposal.unitId).toBe('jm-urban')
      expect(proposal.evidence.length).toBeGreaterThan(0)
      const shenzhen = await backend.appeals.proposeRouting({ text: '小区门口乱摆卖', tags: [], city: 'shenzhen' })
      expect(shenzhen).toMatchObject({ unitId: 'sz-12345', city: 'shenzhen' })
    })

    test('a filing is validated field by field and created once per idempotency key', async () => {
      await expectError(backend.appeals.submit(filing({ content: '太短了' })), 'invalid', 'appeal.content.tooShort')
      await expectError(
        backend.appeals.submit(filing({ contact: { name: '陈大明', phoneRegion: 'cn', phone: '1380013800' } })),
        'invalid'
      )
      await expectError(backend.appeals.submit(filing({ categoryCode: '01' })), 'invalid', 'appeal.category.notLeaf')
      await expectError(
        backend.appeals.submit(
          filing({
            channel: 'enterprise',
            enterprise: { name: '江门市示例电子有限公司', creditCode: '91440703MA4UJ5XQ0R' }
          })
        ),
        'invalid',
        'creditCode.checkChar'
      )
      const first = await backend.appeals.submit(filing())
      const again = await backend.appeals.submit(filing())
      expect(again.id).toBe(first.id)
      expect(await backend.appeals.list()).toHaveLength(1)
      expect(first.reference).toMatch(/^SQ20261123\d{6}$/)
      expect(first.status).toBe('submitted')
      expect(first.routing.unitId).toBe('jm-urban')
      // personal data leaves the backend masked
      expect(first.contact).toMatchObject({ name: '陈*明', phone: '138****8000' })
      // ordinary complaint: 13 working days to reply, counted on the official calendar
      expect(first.deadlines.find((d) => d.kind === 'reply')).toMatchObject({ amount: 13, unit: 'workingDays' })
    })

    test('enterprise appeals carry the three "117" deadlines', async () => {
      const appeal = await backend.appeals.submit(
        filing({
          idempotencyKey: 'e-1',
          channel: 'enterprise',
          enterprise: { name: '江门市示例电子有限公司', creditCode: '91440703MA4UJ5XQ0W' }
        })
      )
      const due = Object.fromEntries(appeal.deadlines.map((d) => [d.kind, d.dueAt - NOW]))
      const start = appeal.createdAt - NOW
      // 7 days end at 24:00 Beijing time of the 7th day after filing, like working-day deadlines
      const close = endOfShanghaiDay(addDays(shanghaiDate(start), 7))
      expect(due).toEqual({ contact: start + 3600_000, reply: start + 24 * 3600_000, close })
    })

    test('a confidential appeal shows its contact only on its own detail', async () => {
      const appeal = await backend.appeals.submit(filing({ idempotencyKey: 'c-1', confidential: true }))
      expect((await backend.appeals.list())[0].contact).toBeUndefined()
      expect((await backend.appeals.office.list())[0].contact).toBeUndefined()
      expect((await backend.appeals.get(appeal.id)).contact?.phone).toBe('138****8000')
    })

    test('office and rating commands of the wrong type are validation errors, and change nothing', async () => {
      const { id } = await backend.appeals.submit(filing())
      const office = backend.appeals.office
      const bad = (command: unknown) => office.act(id, command as never)
      await expectError(bad(null), 'invalid', 'appeal.event.unknown')
      await office.act(id, { actor: 'center', event: 'accept' })
      await office.act(id, { actor: 'center', event: 'dispatch', unitId: '' })
      await office.act(id, { actor: 'unit', event: 'start' })
      await expectError(bad({ actor: 'unit', event: 'return', note: 12345 }), 'invalid', 'appeal.command.invalid')
      await expectError(bad({ actor: 'unit', event: 'reply', text: { a: 1 } }), 'invalid', 'appeal.command.invalid')
      await expectError(backend.appeals.rate(id, 'five' as never), 'invalid', 'appeal.rate.levelInvalid')
      await expectError(backend.appeals.rate(id, 1, 42 as never), 'invalid', 'appeal.command.invalid')
      expect((await backend.appeals.get(id)).status).toBe('processing')
    })

    test('the whole loop: 受理, 派单, 办理, 答复, 回访, 差评 → 重办, second rating → 办结', async () => {
      const { id } = await backend.appeals.submit(filing())
      const office = backend.appeals.office
      await office.act(id, { actor: 'center', event: 'accept' })
      await expectError(backend.appeals.withdraw(id), 'conflict', 'appeal.withdraw.afterAccept')
      // a dispatch without a unit goes where the classifier proposed: 占道经营 in 蓬江区 to the district's own 城管
      expect((await office.act(id, { actor: 'center', event: 'dispatch', unitId: '' })).unitId).toBe(
        'jm-pengjiang-urban'
      )
      await office.act(id, { actor: 'unit', event: 'return', note: '不属于本单位职责' })
      await office.act(id, { actor: 'center', event: 'dispatch', unitId: 'jm-market' })
      await office.act(id, { actor: 'center', event: 'reassign', unitId: 'jm-urban' })
      await office.act(id, { actor: 'unit', event: 'start' })
      await office.act(id, { actor: 'unit', event: 'contact' })
      await office.act(id, {
        actor: 'unit',
        event: 'reply',
        text: '已安排执法队员到场清理占道摊档，并将加强巡查。',
        attachments: []
      })
      expect(await backend.user.countAppealUpdates()).toBe(1)
      await office.act(id, { actor: 'center', event: 'revisit' })
      await expectError(backend.appeals.rate(id, 2), 'conflict', 'appeal.rate.reasonRequired')
      const redo = await backend.appeals.rate(id, 2, '第二天又摆出来了，没有解决')
      expect(redo).toMatchObject({ status: 'processing', redoCount: 1 })
      await office.act(id, {
        actor: 'unit',
        event: 'reply',
        text: '已对该路段设置固定岗，每日早市时段值守。',
        attachments: []
      })
      await office.act(id, { actor: 'center', event: 'revisit' })
      const closed = await backend.appeals.rate(id, 4)
      expect(closed.status).toBe('closed')
      expect(closed.ratings.map((r) => [r.round, r.level])).toEqual([
        [1, 2],
        [2, 4]
      ])
      expect(closed.timeline.map((e) => e.event)).toEqual([
        'submit',
        'accept',
        'dispatch',
        'return',
        'dispatch',
        'reassign',
        'start',
        'contact',
        'reply',
        'revisit',
        'rate',
        'reply',
        'revisit',
        'rate'
      ])
      await backend.appeals.markSeen(id)
      expect(await backend.user.countAppealUpdates()).toBe(0)
    })

    test('撤回 before acceptance; the office cannot act as the citizen', async () => {
      const { id } = await backend.appeals.submit(filing())
      expect((await backend.appeals.withdraw(id)).status).toBe('withdrawn')
      await expectError(
        backend.appeals.office.act(id, { actor: 'center', event: 'accept' }),
        'conflict',
        'appeal.transition.invalid'
      )
      await expectError(
        backend.appeals.office.act(id, { actor: 'citizen', event: 'accept' } as never),
        'invalid',
        'appeal.actor.notAllowed'
      )
      await expectError(backend.appeals.get('SQ20261123999999'), 'not_found', 'appeal.unknown')
    })
  })
})
