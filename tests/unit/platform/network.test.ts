// Network state: the browser's online flag and events (what Playwright's setOffline toggles), and
// how the mini-program answers are read.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { getNetworkType: jest.fn(), onNetworkStatusChange: jest.fn(), offNetworkStatusChange: jest.fn() }
}))

import Taro from '@tarojs/taro'
import { isOnline, onNetworkChange } from '@/platform/network'
import * as mini from '@/platform/network-mini'

const mockTaro = jest.mocked(Taro)

afterEach(() => jest.restoreAllMocks())

describe('browser (neutral default)', () => {
  test('isOnline follows navigator.onLine', async () => {
    const onLine = jest.spyOn(window.navigator, 'onLine', 'get')
    onLine.mockReturnValue(false)
    expect(await isOnline()).toBe(false)
    onLine.mockReturnValue(true)
    expect(await isOnline()).toBe(true)
  })

  test('offline and online events reach the callback until unsubscribed', () => {
    const seen: boolean[] = []
    const unsubscribe = onNetworkChange((online) => seen.push(online))
    window.dispatchEvent(new Event('offline'))
    window.dispatchEvent(new Event('online'))
    unsubscribe()
    window.dispatchEvent(new Event('offline'))
    expect(seen).toEqual([false, true])
  })

  test('two subscribers are independent', () => {
    const first: boolean[] = []
    const second: boolean[] = []
    const stopFirst = onNetworkChange((online) => first.push(online))
    const stopSecond = onNetworkChange((online) => second.push(online))
    stopFirst()
    window.dispatchEvent(new Event('offline'))
    stopSecond()
    expect(first).toEqual([])
    expect(second).toEqual([false])
  })
})

describe('mini-programs', () => {
  test.each([
    [{ networkType: 'wifi' }, true],
    [{ networkType: 'none' }, false],
    [{ networkType: 'NOTREACHABLE' }, false],
    [{ networkType: 'WIFI', networkAvailable: false }, false],
    [{ networkType: 'unknown' }, true],
    [{ isConnected: false, networkType: '4g' }, false]
  ])('%j is online: %s', (res, expected) => {
    expect(mini.isConnectedResult(res)).toBe(expected)
  })

  test('isOnline reads getNetworkType, and assumes online when it fails', async () => {
    mockTaro.getNetworkType.mockResolvedValueOnce({ networkType: 'none', errMsg: 'getNetworkType:ok' })
    expect(await mini.isOnline()).toBe(false)
    mockTaro.getNetworkType.mockRejectedValueOnce({ errMsg: 'getNetworkType:fail' })
    expect(await mini.isOnline()).toBe(true)
  })

  test('onNetworkChange forwards status changes and unregisters its own listener', () => {
    const seen: boolean[] = []
    const unsubscribe = mini.onNetworkChange((online) => seen.push(online))
    const listener = mockTaro.onNetworkStatusChange.mock.calls[0][0]
    listener({ isConnected: false, networkType: 'none' })
    listener({ isConnected: true, networkType: '4g' })
    unsubscribe()
    expect(mockTaro.offNetworkStatusChange).toHaveBeenCalledWith(listener)
    listener({ isConnected: false, networkType: 'none' })
    expect(seen).toEqual([false, true])
  })
})
