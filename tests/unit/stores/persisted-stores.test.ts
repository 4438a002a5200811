import fc from 'fast-check'
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

describe('nothing the user wrote is lost to damaged or newer storage', () => {
  const appealStores = () => {
    jest.resetModules()
    return {
      outbox: require('@/features/appeals/outbox').useOutbox,
      status: require('@/stores/persist-storage').useStorageStatus
    }
  }
  const filing = (key: string) => ({
    idempotencyKey: key,
    zone: 'jiangmen',
    type: 'complaint',
    channel: 'personal',
    urgent: false,
    categoryCode: '010101',
    tags: [],
    content: '小区门口夜间施工噪音很大，影响休息',
    location: { city: 'jiangmen', address: '' },
    contact: { name: '陈小明', phoneRegion: 'cn', phone: '13800138000' },
    confidential: false,
    photos: [],
    subscriptions: []
  })

  test.each([
    ['truncated JSON', '{"state":{"items":{"k1":{"request":{"idempotencyKey":"k1"'],
    ['a newer version of the store', JSON.stringify({ state: { queue: [filing('k1')] }, version: 7 })],
    ['a number', 42]
  ])('an outbox that could not be read (%s) is copied aside before the next filing is written', (_case, raw) => {
    mockDevice.set('wst:appeal-outbox', raw)
    const { outbox } = appealStores()
    expect(outbox.getState().items).toEqual({})
    expect(mockDevice.get('wst:appeal-outbox')).toBe(raw) // reading changed nothing
    outbox.getState().enqueue(filing('k2'))
    expect(mockDevice.get('wst:appeal-outbox:aside:1')).toBe(raw)
    expect(Object.keys(JSON.parse(mockDevice.get('wst:appeal-outbox') as string).state.items)).toEqual(['k2'])
    // a second damage gets its own copy
    mockDevice.set('wst:appeal-outbox', '{again')
    const again = appealStores().outbox
    again.getState().enqueue(filing('k3'))
    expect(mockDevice.get('wst:appeal-outbox:aside:1')).toBe(raw)
    expect(mockDevice.get('wst:appeal-outbox:aside:2')).toBe('{again')
  })

  test('storage full: the filing stays in memory, the page is told, and nothing stored is overwritten', () => {
    mockDevice.set('wst:appeal-outbox', JSON.stringify({ state: { items: {} }, version: 1 }))
    const { outbox, status } = appealStores()
    const spy = jest.spyOn(mockDevice, 'set').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    expect(() => outbox.getState().enqueue(filing('k1'))).not.toThrow()
    expect(Object.keys(outbox.getState().items)).toEqual(['k1'])
    expect(status.getState().full).toBe(true)
    spy.mockRestore()
    // space again: the next change writes everything and clears the notice
    outbox.getState().attempted('k1')
    expect(status.getState().full).toBe(false)
    expect(Object.keys(JSON.parse(mockDevice.get('wst:appeal-outbox') as string).state.items)).toEqual(['k1'])
  })

  test('an outbox entry this version cannot read is kept beside the others and written back', () => {
    const foreign = { request: { idempotencyKey: 'k9', schema: 3 }, queuedAt: 'soon' }
    mockDevice.set(
      'wst:appeal-outbox',
      JSON.stringify({
        state: { items: { k1: { request: filing('k1'), queuedAt: 1, attempts: 0 }, k9: foreign } },
        version: 1
      })
    )
    const { outbox } = appealStores()
    expect(Object.keys(outbox.getState().items)).toEqual(['k1'])
    outbox.getState().enqueue(filing('k2'))
    const stored = JSON.parse(mockDevice.get('wst:appeal-outbox') as string).state
    expect(Object.keys(stored.items)).toEqual(['k1', 'k2'])
    expect(stored.unreadable).toEqual({ k9: foreign })
  })

  test('property: random damage to the outbox never costs a filing that could be read', () => {
    const good = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 4 })
    const bad = fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.anything(), { maxKeys: 3 })
    fc.assert(
      fc.property(good, bad, fc.constantFrom('plain', 'truncated', 'newer'), (keys, junk, form) => {
        mockDevice.clear()
        const items = Object.fromEntries(
          keys.map((k) => [`g-${k}`, { request: filing(`g-${k}`), queuedAt: 1, attempts: 0 }])
        )
        const junkItems = Object.fromEntries(Object.entries(junk).map(([k, v]) => [`j-${k}`, v]))
        const json = JSON.stringify({ state: { items: { ...items, ...junkItems } }, version: form === 'newer' ? 2 : 1 })
        const raw = form === 'truncated' ? json.slice(0, Math.max(1, json.length - 3)) : json
        mockDevice.set('wst:appeal-outbox', raw)
        const { outbox } = appealStores()
        outbox.getState().enqueue(filing('fresh'))
        const stored = JSON.parse(mockDevice.get('wst:appeal-outbox') as string).state
        expect(Object.keys(stored.items)).toContain('fresh')
        if (form === 'plain') {
          for (const k of Object.keys(items)) expect(stored.items[k]).toEqual(items[k])
          const readableJunk = Object.keys(junkItems).filter((k) => k in stored.items)
          const keptJunk = Object.keys(stored.unreadable ?? {})
          // what JSON keeps of the junk (an undefined value is never stored at all)
          const storedJunk = Object.keys(JSON.parse(JSON.stringify(junkItems)))
          expect([...readableJunk, ...keptJunk].sort()).toEqual(storedJunk.sort())
        } else {
          // unreadable as a whole: copied aside before the fresh filing was written
          expect(mockDevice.get('wst:appeal-outbox:aside:1')).toBe(raw)
        }
      }),
      { numRuns: 300 }
    )
  })
})
