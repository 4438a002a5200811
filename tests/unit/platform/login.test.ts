// The platform login: WeChat's Taro.login code, Alipay's auth_base auth code, and on H5 the test provider under a
// stable id of the device.
const mockLogin = jest.fn()
const mockStored = new Map<string, unknown>()
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    login: (...args: unknown[]) => mockLogin(...args),
    getStorageSync: (key: string) => mockStored.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void mockStored.set(key, value),
    removeStorageSync: (key: string) => void mockStored.delete(key)
  }
}))

import { memoryStorage } from '@/backend/storage/key-value'
import { DEVICE_ID_KEY, deviceId } from '@/platform/device-id'
import { platformLoginCode } from '@/platform/login'
import { platformLoginCode as alipayLoginCode } from '@/platform/login.alipay'
import { platformLoginCode as weappLoginCode } from '@/platform/login.weapp'
import { StorageFullError, type KeyValueStorage } from '@/platform/key-value'

const TEST_NAME = /^[A-Za-z0-9_.-]{1,64}$/

afterEach(() => {
  mockLogin.mockReset()
  delete (globalThis as { my?: unknown }).my
})

test('H5: one id per device, kept, and a name the test provider takes', () => {
  const storage = memoryStorage()
  const id = deviceId(storage)
  expect(id).toMatch(TEST_NAME)
  expect(deviceId(storage)).toBe(id)
  expect(storage.get(DEVICE_ID_KEY)).toBe(id)
  expect(deviceId(memoryStorage())).not.toBe(id)
})

test('H5: a damaged kept id is replaced; a full storage still gives an id for this run', () => {
  const storage = memoryStorage()
  storage.set(DEVICE_ID_KEY, 'not a name!')
  expect(deviceId(storage)).toMatch(TEST_NAME)
  const full: KeyValueStorage = {
    get: () => undefined,
    set: () => {
      throw new StorageFullError()
    },
    remove: () => undefined
  }
  expect(deviceId(full)).toMatch(TEST_NAME)
})

test('H5 signs in with the test provider under the id kept in device storage', async () => {
  const first = await platformLoginCode()
  expect(first.provider).toBe('test')
  expect(first.code).toMatch(TEST_NAME)
  expect(mockStored.get(DEVICE_ID_KEY)).toBe(first.code)
  expect(await platformLoginCode()).toEqual(first)
})

test('WeChat sends the code of Taro.login, and fails when there is none', async () => {
  mockLogin.mockResolvedValueOnce({ code: 'wx-code', errMsg: 'login:ok' })
  expect(await weappLoginCode()).toEqual({ provider: 'wechat', code: 'wx-code' })
  mockLogin.mockRejectedValueOnce({ errMsg: 'login:fail' })
  await expect(weappLoginCode()).rejects.toEqual({ errMsg: 'login:fail' })
  mockLogin.mockResolvedValueOnce({ errMsg: 'login:ok' })
  await expect(weappLoginCode()).rejects.toThrow()
})

test('Alipay asks my.getAuthCode for auth_base and sends its auth code', async () => {
  const getAuthCode = jest.fn((option: { scopes: string; success: (r: { authCode?: string }) => void }) =>
    option.success({ authCode: 'ali-code' })
  )
  ;(globalThis as { my?: unknown }).my = { getAuthCode }
  expect(await alipayLoginCode()).toEqual({ provider: 'alipay', code: 'ali-code' })
  expect(getAuthCode.mock.calls[0][0].scopes).toBe('auth_base')
})

test('Alipay fails when the user or the client refuses', async () => {
  const err = { error: 11, errorMessage: '用户取消操作' }
  ;(globalThis as { my?: unknown }).my = {
    getAuthCode: (option: { fail: (e: unknown) => void }) => option.fail(err)
  }
  await expect(alipayLoginCode()).rejects.toBe(err)
})
