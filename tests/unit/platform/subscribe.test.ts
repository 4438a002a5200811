// Status-change subscription: configured template ids, and what counts as accepted per platform.
const mockRequest = jest.fn()
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { requestSubscribeMessage: mockRequest } }))

import { SUBSCRIBE_CHANNEL, requestStatusSubscription } from '@/platform/subscribe'
import { acceptedAlipayTemplates, acceptedWechatTemplates, parseTemplateIds } from '@/platform/subscribe-templates'

const saved = process.env.TARO_APP_SUBSCRIBE_TEMPLATES

function loadWeapp(templates: string | undefined): typeof import('@/platform/subscribe.weapp') {
  if (templates === undefined) delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES
  else process.env.TARO_APP_SUBSCRIBE_TEMPLATES = templates
  let mod: typeof import('@/platform/subscribe.weapp') | undefined
  jest.isolateModules(() => {
    mod = require('@/platform/subscribe.weapp')
  })
  if (!mod) throw new Error('not loaded')
  return mod
}

afterEach(() => {
  mockRequest.mockReset()
  if (saved === undefined) delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES
  else process.env.TARO_APP_SUBSCRIBE_TEMPLATES = saved
})

test('the web has no subscription: [] and the in-app channel', async () => {
  expect(SUBSCRIBE_CHANNEL).toBe('in-app')
  expect(await requestStatusSubscription()).toEqual([])
})

test('template ids: trimmed, distinct, no empties, at most three', () => {
  expect(parseTemplateIds('')).toEqual([])
  expect(parseTemplateIds(undefined)).toEqual([])
  expect(parseTemplateIds(' , ,')).toEqual([])
  expect(parseTemplateIds(' a, b ,a,,c,d')).toEqual(['a', 'b', 'c'])
})

test('WeChat with no templates configured returns [] without asking', async () => {
  for (const templates of ['', undefined]) {
    const weapp = loadWeapp(templates)
    expect(await weapp.requestStatusSubscription()).toEqual([])
  }
  expect(mockRequest).not.toHaveBeenCalled()
})

test('WeChat returns the accepted templates, and [] when the request fails', async () => {
  const weapp = loadWeapp('tpl-a,tpl-b')
  expect(weapp.SUBSCRIBE_CHANNEL).toBe('wechat')
  mockRequest.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'tpl-a': 'accept', 'tpl-b': 'reject' })
  expect(await weapp.requestStatusSubscription()).toEqual(['tpl-a'])
  expect(mockRequest.mock.calls[0][0].tmplIds).toEqual(['tpl-a', 'tpl-b'])
  mockRequest.mockRejectedValueOnce({ errMsg: 'requestSubscribeMessage:fail', errCode: 20004 })
  expect(await weapp.requestStatusSubscription()).toEqual([])
})

test('WeChat starts the request synchronously, inside the tap', () => {
  const weapp = loadWeapp('tpl-a')
  mockRequest.mockResolvedValueOnce({ 'tpl-a': 'accept' })
  void weapp.requestStatusSubscription()
  expect(mockRequest).toHaveBeenCalledTimes(1)
})

test('accepted ids per platform answer', () => {
  expect(acceptedWechatTemplates(['a', 'b', 'c'], { a: 'accept', b: 'ban', c: 'filter' })).toEqual(['a'])
  // Alipay: the final subscribed list wins, including earlier subscriptions
  expect(
    acceptedAlipayTemplates(['a', 'b'], {
      behavior: 'subscribe',
      result: { subscribedEntityIds: ['b', 'x'] },
      a: 'accept'
    })
  ).toEqual(['b'])
  expect(acceptedAlipayTemplates(['a', 'b'], { behavior: 'subscribe', a: 'accept', b: 'reject' })).toEqual(['a'])
  expect(acceptedAlipayTemplates(['a'], {})).toEqual([])
})
