// The persisted stores start from their defaults when what storage holds is damaged or foreign,
// and keep whatever parts of it are still good.
// Device storage is the platform's; here a Map stands in for it, surviving module resets like a device.
const mockDevice = new Map<string, unknown>()
jest.mock('@/platform/storage', () => ({
  deviceStorage: {
    get: (key: string) => mockDevice.get(key),
    set: (key: string, value: unknown) => void mockDevice.set(key, value),
    remove: (key: string) => void mockDevice.delete(key)
  }
}))

function freshStores() {
  jest.resetModules()
  return {
    settings: require('@/stores/settings').useSettings,
    zone: require('@/stores/zone').useZone,
    drafts: require('@/features/gov-services/store').useBookingDrafts
  }
}

beforeEach(() => mockDevice.clear())

test('settings, zone and drafts round-trip through device storage', () => {
  let s = freshStores()
  s.settings.getState().setElderMode(true)
  s.settings.getState().setLocale('zh-Hant')
  s.zone.getState().setZone('shenjiang')
  s.drafts.getState().update('svc-0004', { name: '陈小明' })
  s = freshStores()
  expect(s.settings.getState().elderMode).toBe(true)
  expect(s.settings.getState().locale).toBe('zh-Hant')
  expect(s.zone.getState().zoneId).toBe('shenjiang')
  expect(s.drafts.getState().drafts['svc-0004'].name).toBe('陈小明')
  expect(s.drafts.getState().drafts['svc-0004'].idempotencyKey).toMatch(/\S{6,}/)
})

test.each([
  ['not JSON', '{oops'],
  ['a number', 42],
  [
    'a foreign shape',
    JSON.stringify({ state: { elderMode: 'yes', locale: 'fr', zoneId: 'tokyo', drafts: 'x' }, version: 1 })
  ]
])('damaged storage (%s) falls back to defaults without throwing', (_label, raw) => {
  for (const key of ['wst:settings', 'wst:zone', 'wst:booking-drafts']) mockDevice.set(key, raw)
  const s = freshStores()
  expect(s.settings.getState().elderMode).toBe(false)
  expect(s.settings.getState().locale).toBe('zh-Hans')
  expect(s.zone.getState().zoneId).toBe('jiangmen')
  expect(s.drafts.getState().drafts).toEqual({})
})

test('a good field survives next to a bad one, and a damaged draft is dropped alone', () => {
  mockDevice.set('wst:settings', JSON.stringify({ state: { elderMode: true, locale: 'klingon' }, version: 1 }))
  const good = {
    idempotencyKey: 'k',
    hallId: 'hall-0001',
    date: '',
    slot: '',
    name: '李四',
    idType: 'hk',
    idNumber: '',
    phoneRegion: 'hk',
    phone: '',
    updatedAt: 1
  }
  mockDevice.set(
    'wst:booking-drafts',
    JSON.stringify({ state: { drafts: { 'svc-0001': good, 'svc-0002': { name: 1 } } }, version: 1 })
  )
  const s = freshStores()
  expect(s.settings.getState().elderMode).toBe(true)
  expect(s.settings.getState().locale).toBe('zh-Hans')
  expect(Object.keys(s.drafts.getState().drafts)).toEqual(['svc-0001'])
})
