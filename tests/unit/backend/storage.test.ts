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
  expect(storage.dump()['wst:history']).toMatchObject({ v: 2 })
})

test('version 1 (a closed kind, all of them 政务服务) becomes the module and kind pair, and no favourite is lost', () => {
  const v1 = [
    { kind: 'service', id: 'a', title: '婚姻登记', titleHant: '婚姻登記', route: '/x', at: 5 },
    { kind: 'hall', id: 'h', title: '蓬江区政务服务中心', titleHant: '蓬江區政務服務中心', route: '/h', at: 4 }
  ]
  const storage = memoryStorage({ 'wst:favourites': { v: 1, items: v1 } })
  expect(userRecords(storage).favourites.all()).toEqual(v1.map((f) => ({ ...f, module: 'gov-services' })))
  expect(storage.dump()['wst:favourites']).toMatchObject({ v: 2 })
})

test('a saved item of any module and kind is kept, one without its module or kind is not', () => {
  const sight = { ...item('s'), module: 'tourism', kind: 'sight' }
  const noModule: Partial<SavedItem> = item('n')
  delete noModule.module
  const storage = memoryStorage({ 'wst:favourites': { v: 2, items: [sight, noModule, { ...item('k'), kind: '' }] } })
  expect(userRecords(storage).favourites.all()).toEqual([sight])
})

test('a damaged record is dropped alone and the other collections are untouched', () => {
  const storage = memoryStorage({
    'wst:favourites': { v: 1, items: [item('a'), { id: 42 }, null, item('c')] },
    'wst:history': '{not json',
    'wst:bookings': { v: 1, items: [] }
  })
  const records = userRecords(storage)
  expect(records.favourites.all().map((f) => f.id)).toEqual(['a', 'c'])
  expect(records.history.all()).toEqual([])
  expect(records.bookings.all()).toEqual([])
  // the unreadable value is set aside, not destroyed
  expect(storage.dump()['wst:history:unreadable']).toBe('{not json')
})

test('data from a newer app version is kept aside and not misread', () => {
  const future = { v: 99, items: [{ shape: 'unknown' }] }
  const storage = memoryStorage({ 'wst:favourites': future })
  expect(userRecords(storage).favourites.all()).toEqual([])
  expect(storage.dump()['wst:favourites:unreadable']).toEqual(future)
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

test('property: any stored value never crashes a read, and reads only valid records', () => {
  fc.assert(
    fc.property(fc.anything(), (raw) => {
      const storage = memoryStorage({ 'wst:favourites': raw, 'wst:history': { v: 1, items: [item('keep')] } })
      const records = userRecords(storage)
      const favourites = records.favourites.all()
      expect(Array.isArray(favourites)).toBe(true)
      expect(records.history.all().map((h) => h.id)).toEqual(['keep'])
    })
  )
})

test('collections keep their limits, newest first', () => {
  const records = userRecords(memoryStorage())
  records.history.write(Array.from({ length: 80 }, (_, i) => item(String(i))))
  expect(records.history.all()).toHaveLength(50)
  expect(records.history.all()[0].id).toBe('0')
})
