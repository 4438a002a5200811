// 我的信息 on the device: saved by parts, read back after a restart, a damaged part kept aside while the others
// are read, and deleted everywhere (the parts, what could not be read, and its aside copies).
const mockDevice = new Map<string, unknown>()
jest.mock('@/platform/storage', () => ({
  deviceStorage: {
    get: (key: string) => mockDevice.get(key),
    set: (key: string, value: unknown) => void mockDevice.set(key, value),
    remove: (key: string) => void mockDevice.delete(key)
  }
}))

type Store = typeof import('@/stores/profile')

function fresh(): Store {
  jest.resetModules()
  return require('@/stores/profile')
}

const stored = () => JSON.parse(mockDevice.get('wst:profile') as string)

const PERSON = {
  name: '陈小明',
  idType: 'mainland',
  idNumber: '440703198506120036',
  phoneRegion: 'cn',
  phone: '13800138000'
} as const

beforeEach(() => mockDevice.clear())

test('a saved profile survives a restart, and a form reads it flat', () => {
  let s = fresh()
  expect(s.profileValues(s.useProfile.getState().parts)).toBeUndefined()
  s.useProfile.getState().save({ ...PERSON, companyName: '江门市示例电子有限公司', creditCode: '91440700MA4UQ2XX3Q' })
  s = fresh()
  expect(s.profileValues(s.useProfile.getState().parts)).toEqual({
    ...PERSON,
    companyName: '江门市示例电子有限公司',
    creditCode: '91440700MA4UQ2XX3Q'
  })
})

test('saving part of it (a form with a name and a phone only) keeps the rest', () => {
  const s = fresh()
  s.useProfile.getState().save(PERSON)
  s.useProfile.getState().save({ name: '陈大明', phone: '13900139000' })
  expect(s.profileValues(s.useProfile.getState().parts)).toEqual({ ...PERSON, name: '陈大明', phone: '13900139000' })
  // no enterprise was ever given: none is made up
  expect(s.useProfile.getState().parts.enterprise).toBeUndefined()
})

test('the question 保存到我的信息？ lives in memory only, and saves only when answered yes', () => {
  const s = fresh()
  s.useProfile.getState().offerSave({ name: '陈小明', phone: '13800138000' })
  expect(s.useProfile.getState().offer).toEqual({ name: '陈小明', phone: '13800138000' })
  expect(JSON.stringify(stored())).not.toContain('陈小明')
  s.useProfile.getState().answerOffer(false)
  expect(s.useProfile.getState().parts.person).toBeUndefined()
  s.useProfile.getState().offerSave({ name: '陈小明', phone: '13800138000' })
  s.useProfile.getState().answerOffer(true)
  expect(s.useProfile.getState().parts.person).toMatchObject({
    name: '陈小明',
    phone: '13800138000',
    idType: 'mainland'
  })
  expect(s.useProfile.getState().offer).toBeUndefined()
})

test.each([
  ['not JSON', '{oops'],
  ['a number', 42],
  ['a newer version', JSON.stringify({ state: { parts: { person: PERSON } }, version: 9 })]
])('unreadable storage (%s) reads as no profile, and is copied aside before anything is written', (_case, raw) => {
  mockDevice.set('wst:profile', raw)
  const s = fresh()
  expect(s.profileValues(s.useProfile.getState().parts)).toBeUndefined()
  expect(mockDevice.get('wst:profile')).toBe(raw)
  s.useProfile.getState().save(PERSON)
  expect(mockDevice.get('wst:profile:aside:1')).toBe(raw)
})

test('a damaged part stays aside, written back untouched, while the good ones are read', () => {
  const damaged = { companyName: 17, creditCode: null }
  mockDevice.set(
    'wst:profile',
    JSON.stringify({ state: { parts: { person: { ...PERSON, savedAt: 1 }, enterprise: damaged } }, version: 1 })
  )
  let s = fresh()
  expect(s.profileValues(s.useProfile.getState().parts)).toEqual(PERSON)
  expect(s.useProfile.getState().unreadable).toEqual({ enterprise: damaged })
  s.useProfile.getState().save({ phone: '13900139000' })
  expect(stored().state.unreadable).toEqual({ enterprise: damaged })
  // a person part of a foreign shape (an ID type this version does not know) is kept the same way
  mockDevice.set(
    'wst:profile',
    JSON.stringify({
      state: { parts: { person: { ...PERSON, idType: 'passport' } }, unreadable: { enterprise: damaged } },
      version: 1
    })
  )
  s = fresh()
  expect(s.useProfile.getState().parts.person).toBeUndefined()
  expect(Object.keys(s.useProfile.getState().unreadable).sort()).toEqual(['enterprise', 'person'])
})

test('deleting removes it everywhere on the device: parts, draft, unreadable parts and aside copies', () => {
  mockDevice.set('wst:profile', '{damaged')
  let s = fresh()
  s.useProfile.getState().save(PERSON)
  s.useProfile.getState().saveDraft({ name: '陈' })
  expect(mockDevice.get('wst:profile:aside:1')).toBe('{damaged')
  s.useProfile.getState().offerSave({ name: '陈小明' })

  s.useProfile.getState().remove()
  expect([...mockDevice.keys()].filter((k) => k.startsWith('wst:profile'))).toEqual([])
  expect(s.useProfile.getState().parts).toEqual({})
  expect(s.useProfile.getState().offer).toBeUndefined()
  s = fresh()
  expect(s.profileValues(s.useProfile.getState().parts)).toBeUndefined()
})

test('changedKeys: what a form sent that the profile does not hold; empty values never count', () => {
  const s = fresh()
  expect(s.changedKeys(undefined, { name: '陈小明', phone: '' })).toEqual(['name'])
  expect(s.changedKeys(PERSON, { name: '陈小明', phone: '13800138000' })).toEqual([])
  expect(s.changedKeys(PERSON, { name: '陈小明', phone: '13900139000' })).toEqual(['phone'])
})
