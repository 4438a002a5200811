// WeChat's privacy authorization next to the app's one consent: a private API that finds no agreement is resolved
// by the agree button already tapped in this run, or waits for the app's own consent (agree resolves it, leaving
// declines it); elsewhere there is nothing to do.
type Resolve = (option: { event: string; buttonId?: string }) => void
type Listener = (resolve: Resolve) => void
const mockTaro: { onNeedPrivacyAuthorization?: jest.Mock } = {}
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: mockTaro }))

type Privacy = typeof import('@/platform/privacy.weapp')

function loadWeapp(): { privacy: Privacy; need(): jest.Mock } {
  const listeners: Listener[] = []
  mockTaro.onNeedPrivacyAuthorization = jest.fn((listener: Listener) => void listeners.push(listener))
  let privacy: Privacy | undefined
  jest.isolateModules(() => {
    privacy = require('@/platform/privacy.weapp')
  })
  if (!privacy) throw new Error('not loaded')
  // WeChat asks: a private API is pending; the resolve it hands over records every answer
  const need = () => {
    const resolve = jest.fn()
    for (const l of listeners) l(resolve)
    return resolve
  }
  return { privacy, need }
}

test('on WeChat the consent control is the platform agree button', () => {
  const { privacy } = loadWeapp()
  expect(privacy.PRIVACY_AGREE_OPEN_TYPE).toBe('agreePrivacyAuthorization')
})

test('the listener is registered once, however often launch runs', () => {
  const { privacy } = loadWeapp()
  const watch = { consented: () => false, ask: jest.fn() }
  privacy.watchPrivacyAuthorization(watch)
  privacy.watchPrivacyAuthorization(watch)
  expect(mockTaro.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
})

test('not yet agreed: the app shows its own consent, and its agree button lets the waiting API go on', () => {
  const { privacy, need } = loadWeapp()
  const ask = jest.fn()
  privacy.watchPrivacyAuthorization({ consented: () => false, ask })
  const resolve = need()
  expect(ask).toHaveBeenCalledTimes(1)
  expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })
  expect(privacy.platformWaiting()).toBe(true)

  privacy.platformAgreed('booking-submit-consent-agree')
  expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'booking-submit-consent-agree' })
  expect(privacy.platformWaiting()).toBe(false)
  // leaving the consent page afterwards changes nothing
  privacy.platformDeclined()
  expect(resolve).toHaveBeenCalledTimes(2)
})

test('leaving the app’s consent without agreeing declines the waiting API', () => {
  const { privacy, need } = loadWeapp()
  privacy.watchPrivacyAuthorization({ consented: () => false, ask: jest.fn() })
  const resolve = need()
  privacy.platformDeclined()
  expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
  expect(privacy.platformWaiting()).toBe(false)
})

test('agreed in the app with the agree button in this run: resolved at once, no second prompt', () => {
  const { privacy, need } = loadWeapp()
  const ask = jest.fn()
  let consented = false
  privacy.watchPrivacyAuthorization({ consented: () => consented, ask })
  // the consent box tapped (its open-type event), the consent recorded in settings
  privacy.platformAgreed('appeal-submit-consent-agree')
  consented = true
  const resolve = need()
  expect(resolve).toHaveBeenCalledWith({ event: 'agree', buttonId: 'appeal-submit-consent-agree' })
  expect(ask).not.toHaveBeenCalled()
})

test('agreed in the app before this version (no agree button tapped yet): the app asks once, with its own page', () => {
  const { privacy, need } = loadWeapp()
  const ask = jest.fn()
  privacy.watchPrivacyAuthorization({ consented: () => true, ask })
  const first = need()
  expect(ask).toHaveBeenCalledTimes(1)
  // a second API while the first still waits: the first is declined, the second waits for the answer
  const second = need()
  expect(first).toHaveBeenLastCalledWith({ event: 'disagree' })
  privacy.platformAgreed('privacy-agree')
  expect(second).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'privacy-agree' })
})

test('a base library without the listener: nothing is registered and nothing breaks', () => {
  const { privacy } = loadWeapp()
  delete mockTaro.onNeedPrivacyAuthorization
  expect(() => privacy.watchPrivacyAuthorization({ consented: () => true, ask: jest.fn() })).not.toThrow()
})

test('elsewhere (H5, Alipay) there is no platform agreement to give', () => {
  const neutral: typeof import('@/platform/privacy') = jest.requireActual('@/platform/privacy')
  expect(neutral.PRIVACY_AGREE_OPEN_TYPE).toBeUndefined()
  expect(neutral.platformWaiting()).toBe(false)
})
