// Opening an official channel: the mini-program where the host has it, else (or when the host refuses) the address
// copied; a user who backs out is no failure.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { navigateToMiniProgram: jest.fn(), setClipboardData: jest.fn(), getLocation: jest.fn() }
}))

import Taro from '@tarojs/taro'
import channels from '@/data/gov/channels.json'
import type { OnlineChannel } from '@/core/gov-services/types'
import * as alipay from '@/platform/open-channel.alipay'
import * as weapp from '@/platform/open-channel.weapp'
import { currentPosition } from '@/platform/position'

const navigate = jest.mocked(Taro.navigateToMiniProgram)
const copy = jest.mocked(Taro.setClipboardData)
const locate = jest.mocked(Taro.getLocation)
const byName = (name: string) => (channels as OnlineChannel[]).find((c) => c.name === name)!

beforeEach(() => {
  navigate.mockReset().mockResolvedValue({ errMsg: 'navigateToMiniProgram:ok' })
  copy.mockReset().mockResolvedValue({ errMsg: 'setClipboardData:ok', data: '' } as never)
})

test('WeChat opens 粤省事 as a mini-program at its page', async () => {
  const yss = byName('粤省事')
  expect(weapp.opensInPlace(yss)).toBe(true)
  expect(await weapp.openChannel(yss)).toBe('opened')
  expect(navigate).toHaveBeenCalledWith({ appId: yss.weapp!.appId, path: yss.weapp!.path })
  expect(copy).not.toHaveBeenCalled()
})

test('a channel with no mini-program on the host has its address copied', async () => {
  const gd = byName('广东政务服务网')
  expect(weapp.opensInPlace(gd)).toBe(false)
  expect(await weapp.openChannel(gd)).toBe('copied')
  expect(navigate).not.toHaveBeenCalled()
  expect(copy).toHaveBeenCalledWith({ data: gd.url })
  // on Alipay the same channel is a mini-program
  expect(alipay.opensInPlace(gd)).toBe(true)
  expect(await alipay.openChannel(gd)).toBe('opened')
  expect(navigate).toHaveBeenCalledWith({ appId: gd.alipay!.appId, path: gd.alipay!.path })
})

test('a refusal copies the address; backing out does nothing; a failed copy says so', async () => {
  const yb = byName('江门易办事')
  navigate.mockRejectedValueOnce({ errMsg: 'navigateToMiniProgram:fail invalid appid' })
  expect(await weapp.openChannel(yb)).toBe('copied')
  expect(copy).toHaveBeenCalledWith({ data: yb.url })

  copy.mockClear()
  navigate.mockRejectedValueOnce({ errMsg: 'navigateToMiniProgram:fail cancel' })
  expect(await weapp.openChannel(yb)).toBe('cancelled')
  expect(copy).not.toHaveBeenCalled()

  navigate.mockRejectedValueOnce({ errMsg: 'navigateToMiniProgram:fail' })
  copy.mockRejectedValueOnce({ errMsg: 'setClipboardData:fail' })
  expect(await weapp.openChannel(yb)).toBe('failed')
})

test('every channel has a web address, and sample app ids are marked', () => {
  for (const c of channels as OnlineChannel[]) {
    expect(c.url).toMatch(/^https:\/\//)
    if (c.weapp) expect(c.weapp.appId).toMatch(/^wx[0-9a-f]{16}$/)
    if (c.alipay) expect(c.alipay.appId).toMatch(/^\d{16}$/)
    expect(c.sample).toBe(true)
  }
})

test('the position: coordinates, a refusal, a cancel', async () => {
  locate.mockResolvedValueOnce({ latitude: 22.58, longitude: 113.08 } as never)
  expect(await currentPosition()).toEqual({ ok: true, position: { latitude: 22.58, longitude: 113.08 } })
  locate.mockRejectedValueOnce({ errMsg: 'getLocation:fail auth deny' })
  expect(await currentPosition()).toEqual({ ok: false, code: 'location.denied' })
  locate.mockRejectedValueOnce({ errMsg: 'getLocation:fail cancel' })
  expect(await currentPosition()).toEqual({ ok: false, code: 'cancel' })
  locate.mockRejectedValueOnce(new Error('timeout'))
  expect(await currentPosition()).toEqual({ ok: false, code: 'location.failed' })
})
