// Device storage: versioned records, migrations, and recovery from damaged or foreign data.
import fc from 'fast-check'
import { memoryStorage } from '@/backend/storage/key-value'
import { userRecords } from '@/backend/storage/records'
import type { SavedItem } from '@/core/domain'

const item = (id: string): SavedItem => ({
  module: 'gov-services',
  kind: 'service',
  id,
  title: '居民身份证换领',
  titleHant: '居民身份證換領',
  route: `/g?id=${id}`,
  at: 1
})

test('records round-trip under their own keys', () => {
  const storage = memoryStorage()
  const records = userRecords(storage)
  records.favourites.write([item('a'), item('b')])
  expect(
    userRecords(storage)
      .favourites.all()
      .map((f) => f.id)
  ).toEqual(['a', 'b'])
  expect(storage.dump()['wst:favourites']).toEqual({ v: 2, items: [item('a'), item('b')] })
})

test('version 0 (a bare list without 繁體 titles) is migrated', () => {
  const old = { kind: 'service', id: 'a', title: '婚姻登记', route: '/x', at: 5 }
  const storage = memoryStorage({ 'wst:history': [old] })
  expect(userRecords(storage).history.all()).toEqual([{ ...old, module: 'gov-services', titleHant: '婚姻登记' }])
  expect(storage.dump()['wst:history']).toEqual([old]) // reading never writes
  userRecords(storage).history.write(userRecords(storage).history.all())
  expect(storage.dump()['wst:history']).toMatchObject({ v: 2 })
})

test('version 1 (a closed kind, all of them 政务服务) becomes the module and kind pair, and no favourite is lost', () => {
  const v1 = [
    { kind: 'service', id: 'a', title: '婚姻登记', titleHant: '婚姻登記', route: '/x', at: 5 },
    { kind: 'hall', id: 'h', title: '蓬江区政务服务中心', titleHant: '蓬江區政務服務中心', route: '/h', at: 4 }
  ]
  const storage = memoryStorage({ 'wst:favourites': { v: 1, items: v1 } })
  expect(userRecords(storage).favourites.all()).toEqual(v1.map((f) => ({ ...f, module: 'gov-services' })))
  const records = userRecords(storage)
  records.favourites.write(records.favourites.all())
  expect(storage.dump()['wst:favourites']).toMatchObject({ v: 2 })
})

test('a saved item of any module and kind is kept, one without its module or kind is not', () => {
  const sight = { ...item('s'), module: 'tourism', kind: 'sight' }
  const noModule: Partial<SavedItem> = item('n')
  delete noModule.module
  const storage = memoryStorage({ 'wst:favourites': { v: 2, items: [sight, noModule, { ...item('k'), kind: '' }] } })
  expect(userRecords(storage).favourites.all()).toEqual([sight])
})

test('a damaged record is kept aside in its collection, and the other collections are untouched', () => {
  const storage = memoryStorage({
    'wst:favourites': { v: 1, items: [item('a'), { id: 42 }, null, item('c')] },
    'wst:history': '{not json',
    'wst:bookings': { v: 1, items: [] }
  })
  const before = JSON.parse(JSON.stringify(storage.dump()))
  const records = userRecords(storage)
  expect(records.favourites.all().map((f) => f.id)).toEqual(['a', 'c'])
  expect(records.history.all()).toEqual([])
  expect(records.bookings.all()).toEqual([])
  // reading never writes
  expect(storage.dump()).toEqual(before)
  // writing keeps the records this version could not read
  records.favourites.write([item('n'), ...records.favourites.all()])
  expect(storage.dump()['wst:favourites']).toEqual({
    v: 2,
    items: [item('n'), item('a'), item('c')],
    unreadable: [{ id: 42 }, null]
  })
  // and a value that is no collection at all is copied whole under a key of its own before it is written over
  records.history.write([item('h')])
  expect(storage.dump()['wst:history:aside:1']).toBe('{not json')
  expect(records.history.all().map((h) => h.id)).toEqual(['h'])
})

test('each damage is set aside under a new key: a second one never overwrites the first', () => {
  const storage = memoryStorage({ 'wst:history': '{first' })
  const records = userRecords(storage)
  records.history.write([item('a')])
  storage.set('wst:history', 'second]')
  records.history.write([item('b')])
  expect(storage.dump()['wst:history:aside:1']).toBe('{first')
  expect(storage.dump()['wst:history:aside:2']).toBe('second]')
})

test('data from a newer app version: its readable records are shown, the whole of it is kept', () => {
  const future = { v: 99, items: [item('same-shape'), { shape: 'unknown' }], index: { by: 'module' } }
  const storage = memoryStorage({ 'wst:favourites': future })
  const favourites = userRecords(storage).favourites
  expect(favourites.all().map((f) => f.id)).toEqual(['same-shape'])
  expect(storage.dump()['wst:favourites']).toEqual(future) // untouched by the read
  favourites.write([item('new'), ...favourites.all()])
  expect(storage.dump()['wst:favourites:aside:1']).toEqual(future)
  expect(storage.dump()['wst:favourites']).toMatchObject({ v: 2, unreadable: [{ shape: 'unknown' }] })
})

const sampleBooking = () => ({
  id: 'b1',
  reference: 'YY202612030001001',
  idempotencyKey: 'k1',
  serviceId: 'svc-0004',
  hallId: 'hall-0001',
  date: '2026-12-03',
  slot: '09:00-10:00',
  name: '陈小明',
  idType: 'mainland',
  idNumber: '440703199001011234',
  phoneRegion: 'cn',
  phone: '13800138000',
  serviceName: '居民身份证换领',
  serviceNameHant: '居民身份證換領',
  hallName: '江门市政务服务中心',
  hallNameHant: '江門市政務服務中心',
  status: 'active',
  createdAt: 1
})

test('a booking with a status this version does not know is kept', () => {
  const storage = memoryStorage()
  const records = userRecords(storage)
  const booking = { ...sampleBooking(), status: 'noShow' }
  storage.set('wst:bookings', { v: 2, items: [booking] })
  expect(records.bookings.all()).toEqual([booking])
})

test('a booking stored before 预约号 existed reads with its id as its number', () => {
  const old: Partial<ReturnType<typeof sampleBooking>> = sampleBooking()
  delete old.reference
  const storage = memoryStorage({ 'wst:bookings': { v: 1, items: [old] } })
  expect(userRecords(storage).bookings.all()).toEqual([{ ...old, reference: old.id }])
})

test('storage that throws reads as empty', () => {
  const broken = {
    get: () => {
      throw new Error('io')
    },
    set: () => undefined,
    remove: () => undefined
  }
  expect(userRecords(broken).favourites.all()).toEqual([])
})

test('storage full: listing still works, a write fails with storage.full and leaves what was stored', () => {
  const storage = memoryStorage({ 'wst:favourites': { v: 2, items: [item('a')] }, 'wst:history': '{damaged' })
  const full = {
    ...storage,
    set: () => {
      throw new Error('QuotaExceededError')
    }
  }
  const records = userRecords(full)
  expect(records.favourites.all().map((f) => f.id)).toEqual(['a'])
  expect(() => records.favourites.write([item('b'), item('a')])).toThrow(
    expect.objectContaining({ code: 'storage', reason: 'storage.full' })
  )
  // the damaged value could not be copied aside, so it is not written over either
  expect(() => records.history.write([item('h')])).toThrow(expect.objectContaining({ code: 'storage' }))
  expect(storage.dump()['wst:history']).toBe('{damaged')
  expect(storage.dump()['wst:favourites']).toEqual({ v: 2, items: [item('a')] })
})

// Random damage: truncated JSON, wrong types, foreign shapes, newer versions, records with unknown fields
// or statuses, mixed into a collection of good records. Whatever is done to one collection, no record that
// could be read before is lost: not by reading, not by the next write, not in any other collection.
const minimalAppeal = (id: string) => ({
  id,
  reference: `SQ20261201${id}`,
  idempotencyKey: `k-${id}`,
  zone: 'jiangmen',
  type: 'complaint',
  channel: 'personal',
  categoryCode: '010101',
  content: '小区门口夜间施工噪音很大，影响休息',
  status: 'submitted',
  createdAt: 1,
  updatedAt: 1,
  location: { city: 'jiangmen', address: '' },
  contact: { name: '陈小明', phoneRegion: 'cn', phone: '13800138000' },
  routing: { unitId: null },
  tags: [],
  photos: [],
  timeline: [],
  replies: [],
  ratings: [],
  deadlines: [],
  subscriptions: []
})
const COLLECTIONS = {
  favourites: { version: 2, make: item },
  history: { version: 2, make: item },
  bookings: { version: 2, make: (id: string) => ({ ...sampleBooking(), id }) },
  appeals: { version: 1, make: minimalAppeal },
  appealsSeen: { version: 1, make: (id: string) => ({ id, at: 1 }) }
} as const
type Name = keyof typeof COLLECTIONS
const NAMES = Object.keys(COLLECTIONS) as Name[]
const KEYS: Record<Name, string> = {
  favourites: 'wst:favourites',
  history: 'wst:history',
  bookings: 'wst:bookings',
  appeals: 'wst:appeals',
  appealsSeen: 'wst:appeals-seen'
}

const ids = (n: { min: number; max: number }) =>
  fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: n.min, maxLength: n.max })
const damagedItem = (name: Name) =>
  fc.oneof(
    fc.anything(),
    fc.string({ minLength: 1 }).map((id) => ({ ...COLLECTIONS[name].make(id), createdAt: 'yesterday', at: 'now' })),
    fc.string({ minLength: 1 }).map((id) => ({ ...COLLECTIONS[name].make(id), id: 42 }))
  )
const damagedValue = (name: Name, good: unknown[]) => {
  const v = COLLECTIONS[name].version
  return fc.oneof(
    fc.anything(),
    fc.constant(JSON.stringify({ v, items: good }).slice(0, 20)), // truncated
    fc.integer({ min: v + 1, max: 1000 }).map((newer) => ({ v: newer, items: good, extra: true })), // newer version
    fc.array(damagedItem(name), { maxLength: 4 }).map((bad) => ({ v, items: [...good, ...bad] })),
    fc.constant(JSON.stringify({ v, items: good })) // serialised, as H5 may hand it back
  )
}

test('property: random damage to one collection never costs a readable record, here or elsewhere', () => {
  const scenario = fc
    .tuple(fc.constantFrom(...NAMES), ids({ min: 0, max: 4 }), ids({ min: 1, max: 3 }))
    .chain(([target, goodIds, otherIds]) =>
      damagedValue(
        target,
        goodIds.map((id) => COLLECTIONS[target].make(id))
      ).map((raw) => ({ target, otherIds, raw }))
    )
  fc.assert(
    fc.property(scenario, ({ target, otherIds, raw }) => {
      const initial: Record<string, unknown> = { [KEYS[target]]: raw }
      const others = NAMES.filter((n) => n !== target)
      for (const n of others)
        initial[KEYS[n]] = { v: COLLECTIONS[n].version, items: otherIds.map((id) => COLLECTIONS[n].make(id)) }
      const storage = memoryStorage(initial)
      const records = userRecords(storage) as unknown as Record<
        Name,
        { all(): { id: string }[]; write(items: unknown[]): void }
      >
      const readable = records[target].all()
      const before = JSON.stringify(storage.dump())
      for (const n of NAMES) records[n].all()
      expect(JSON.stringify(storage.dump())).toBe(before) // reads never write
      const fresh = COLLECTIONS[target].make('fresh')
      records[target].write([fresh, ...readable])
      const after = records[target].all()
      expect(after[0]).toEqual(fresh)
      for (const r of readable) expect(after).toContainEqual(r)
      for (const n of others) expect(records[n].all().map((r) => r.id)).toEqual(otherIds)
      // whatever could not be read is still in storage: copied whole aside, or record by record
      const dump = storage.dump()
      const aside = dump[`${KEYS[target]}:aside:1`]
      if (aside !== undefined) {
        expect(aside).toEqual(raw)
      } else if (raw !== undefined && raw !== null && raw !== '') {
        const parsed = typeof raw === 'string' ? JSON.parse(raw) : raw
        const items = Array.isArray(parsed) ? parsed : parsed.items
        const envelope = dump[KEYS[target]] as { items: unknown[]; unreadable?: unknown[] }
        expect(envelope.items.length + (envelope.unreadable?.length ?? 0)).toBe(items.length + 1)
      }
    }),
    { numRuns: 500 }
  )
})

test('collections keep their limits, newest first', () => {
  const records = userRecords(memoryStorage())
  records.history.write(Array.from({ length: 80 }, (_, i) => item(String(i))))
  expect(records.history.all()).toHaveLength(50)
  expect(records.history.all()[0].id).toBe('0')
})

// Oversized data: a value of several megabytes where a collection should be, or a record with a huge field
const MEGABYTES = 4
const huge = (text: string) => text.repeat(Math.ceil((MEGABYTES * 1024 * 1024) / text.length))

test('oversized: a multi-megabyte value that is no collection reads as empty, is set aside whole, and costs no other collection a record', () => {
  const garbage = huge('噪音') // not JSON
  const truncated = JSON.stringify({ v: 2, items: [item('x'), { ...item('y'), title: huge('长') }] }).slice(0, -3)
  const storage = memoryStorage({
    'wst:favourites': { v: 2, items: [item('a'), item('b')] },
    'wst:history': garbage,
    'wst:bookings': truncated
  })
  const before = JSON.stringify(storage.dump())
  const records = userRecords(storage)
  expect(records.history.all()).toEqual([])
  expect(records.bookings.all()).toEqual([])
  expect(records.favourites.all().map((f) => f.id)).toEqual(['a', 'b'])
  expect(JSON.stringify(storage.dump())).toBe(before) // reading never writes

  records.history.write([item('h')])
  expect(storage.dump()['wst:history:aside:1']).toBe(garbage)
  expect(records.history.all().map((h) => h.id)).toEqual(['h'])
  records.favourites.write([item('n'), ...records.favourites.all()])
  expect(records.favourites.all().map((f) => f.id)).toEqual(['n', 'a', 'b'])
  expect(storage.dump()['wst:bookings']).toBe(truncated) // not written: untouched
})

test('oversized: a record with a huge field is read with the others, damaged ones beside it are kept, nothing else is touched', () => {
  const big = { ...minimalAppeal('big'), content: huge('夜间施工噪音很大') }
  const damaged = { ...minimalAppeal('bad'), createdAt: huge('x') }
  const storage = memoryStorage({
    'wst:appeals': { v: 1, items: [minimalAppeal('a'), big, damaged, minimalAppeal('c')] },
    'wst:favourites': { v: 2, items: [item('f')] }
  })
  const records = userRecords(storage)
  expect(records.appeals.all().map((a) => a.id)).toEqual(['a', 'big', 'c'])
  expect(records.appeals.all()[1].content).toBe(big.content)
  records.appeals.write([minimalAppeal('new') as never, ...records.appeals.all()])
  const stored = storage.dump()['wst:appeals'] as { items: { id: string }[]; unreadable: unknown[] }
  expect(stored.items.map((a) => a.id)).toEqual(['new', 'a', 'big', 'c'])
  expect(stored.unreadable).toEqual([damaged])
  expect(records.favourites.all().map((f) => f.id)).toEqual(['f'])
})

/** device storage with a quota, as H5's localStorage has (about five million characters in all) */
function quotaStorage(initial: Record<string, unknown>, quota = 5 * 1024 * 1024) {
  const storage = memoryStorage(initial)
  const size = (dump: Record<string, unknown>) =>
    Object.entries(dump).reduce((n, [k, v]) => n + k.length + JSON.stringify(v ?? '').length, 0)
  return {
    ...storage,
    set(key: string, value: unknown) {
      if (size({ ...storage.dump(), [key]: value }) > quota) throw new Error('QuotaExceededError')
      storage.set(key, value)
    }
  }
}

test('oversized: when the value cannot be copied aside for want of room, it stays, the write says storage.full, and the other collections still write', () => {
  const garbage = huge('噪音') // 4 MB of a 5 MB quota: no room for a copy
  const storage = quotaStorage({ 'wst:history': garbage, 'wst:favourites': { v: 2, items: [item('a')] } })
  const records = userRecords(storage)
  expect(records.history.all()).toEqual([])
  expect(() => records.history.write([item('h')])).toThrow(
    expect.objectContaining({ code: 'storage', reason: 'storage.full' })
  )
  expect(storage.dump()['wst:history']).toBe(garbage)
  expect(Object.keys(storage.dump()).filter((k) => k.includes(':aside:'))).toEqual([])
  records.favourites.write([item('b'), ...records.favourites.all()])
  expect(records.favourites.all().map((f) => f.id)).toEqual(['b', 'a'])
})
