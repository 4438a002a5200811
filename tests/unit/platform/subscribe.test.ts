// Status-change subscription: configured template ids, and what counts as accepted per platform.
const mockRequest = jest.fn()
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { requestSubscribeMessage: mockRequest } }))

import { SUBSCRIBE_CHANNEL, requestStatusSubscription } from '@/platform/subscribe'
import {
  acceptedAlipayTemplates,
  acceptedWechatTemplates,
  parseTemplateIds,
  templatesFor
} from '@/platform/subscribe-templates'

const saved = process.env.TARO_APP_SUBSCRIBE_TEMPLATES

function loadWeapp(templates: string | undefined, perKind: Record<string, string> = {}) {
  if (templates === undefined) delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES
  else process.env.TARO_APP_SUBSCRIBE_TEMPLATES = templates
  for (const kind of ['APPEAL', 'APPLICATION']) {
    const value = perKind[kind]
    if (value === undefined) delete process.env[`TARO_APP_SUBSCRIBE_TEMPLATES_${kind}`]
    else process.env[`TARO_APP_SUBSCRIBE_TEMPLATES_${kind}`] = value
  }
  let mod: typeof import('@/platform/subscribe.weapp') | undefined
  jest.isolateModules(() => {
    mod = require('@/platform/subscribe.weapp')
  })
  if (!mod) throw new Error('not loaded')
  return mod
}

afterEach(() => {
  mockRequest.mockReset()
  delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES_APPEAL
  delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES_APPLICATION
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

test('each kind asks for its own templates, the shared setting where a kind has none', async () => {
  expect(templatesFor('x, y', 'shared')).toEqual(['x', 'y'])
  expect(templatesFor('', 'shared')).toEqual(['shared'])
  expect(templatesFor(undefined, undefined)).toEqual([])
  const weapp = loadWeapp('tpl-shared', { APPLICATION: 'tpl-app-1,tpl-app-2' })
  mockRequest.mockResolvedValue({ 'tpl-shared': 'accept', 'tpl-app-1': 'accept', 'tpl-app-2': 'reject' })
  expect(await weapp.requestStatusSubscription('application')).toEqual(['tpl-app-1'])
  expect(mockRequest.mock.calls[0][0].tmplIds).toEqual(['tpl-app-1', 'tpl-app-2'])
  expect(await weapp.requestStatusSubscription('appeal')).toEqual(['tpl-shared'])
  expect(await weapp.requestStatusSubscription()).toEqual(['tpl-shared'])
})

test('Alipay asks with entityIds per kind and reads its final subscribed list', async () => {
  process.env.TARO_APP_SUBSCRIBE_TEMPLATES_APPEAL = 'ali-appeal'
  const calls: unknown[] = []
  ;(globalThis as Record<string, unknown>).my = {
    requestSubscribeMessage: (option: { entityIds: string[]; success: (res: unknown) => void }) => {
      calls.push(option.entityIds)
      option.success({ behavior: 'subscribe', result: { subscribedEntityIds: option.entityIds } })
    }
  }
  try {
    let alipay: typeof import('@/platform/subscribe.alipay') | undefined
    jest.isolateModules(() => {
      alipay = require('@/platform/subscribe.alipay')
    })
    expect(alipay!.SUBSCRIBE_CHANNEL).toBe('alipay')
    expect(await alipay!.requestStatusSubscription('appeal')).toEqual(['ali-appeal'])
    expect(calls).toEqual([['ali-appeal']])
    // no templates for applications (and no shared setting): nothing asked
    delete process.env.TARO_APP_SUBSCRIBE_TEMPLATES
    jest.isolateModules(() => {
      alipay = require('@/platform/subscribe.alipay')
    })
    expect(await alipay!.requestStatusSubscription('application')).toEqual([])
    expect(calls).toHaveLength(1)
  } finally {
    delete (globalThis as Record<string, unknown>).my
  }
})
