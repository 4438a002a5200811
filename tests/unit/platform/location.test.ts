// Location picking: cancelling is null, a refusal is a stable code the form can explain.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { chooseLocation: jest.fn() } }))

import Taro from '@tarojs/taro'
import { canChooseLocation, chooseLocation } from '@/platform/location'
import { locationFailure, toPickedLocation } from '@/platform/location-facts'
import * as weapp from '@/platform/location.weapp'

const mockChoose = jest.mocked(Taro.chooseLocation)

test('the web has no map picker: the address is typed', async () => {
  expect(canChooseLocation).toBe(false)
  expect(await chooseLocation()).toBeNull()
})

test.each([
  [{ errMsg: 'chooseLocation:fail cancel' }, null],
  [{ errMsg: 'chooseLocation:fail authorize no response' }, null],
  [{ error: 11, errorMessage: '用户取消操作' }, null],
  [{ errMsg: 'chooseLocation:fail auth deny' }, 'location.denied'],
  [{ errMsg: 'chooseLocation:fail auth denied' }, 'location.denied'],
  [{ errMsg: 'chooseLocation:fail privacy permission is not authorized', errno: 104 }, 'location.denied'],
  [{ errMsg: 'chooseLocation:fail system permission denied' }, 'location.denied'],
  [{ error: 2001, errorMessage: '用户拒绝授权' }, 'location.denied'],
  [{ error: 11, errorMessage: '请确认定位相关权限已开启' }, 'location.denied'],
  [{ errMsg: 'chooseLocation:fail api scope is not declared in the privacy agreement', errno: 112 }, 'location.failed'],
  [new Error('boom'), 'location.failed']
])('%j → %s', (err, code) => {
  expect(locationFailure(err)?.message ?? null).toBe(code)
})

test('a success without a chosen point counts as no choice', () => {
  expect(toPickedLocation({ name: '', address: '', latitude: 0, longitude: 0 })).toBeNull()
  expect(toPickedLocation({ name: '江门市政府', address: '蓬江区', latitude: Number.NaN, longitude: 113 })).toBeNull()
  expect(
    toPickedLocation({ name: '江门市政府', address: '蓬江区白沙大道', latitude: 22.58, longitude: 113.08 })
  ).toEqual({
    name: '江门市政府',
    address: '蓬江区白沙大道',
    latitude: 22.58,
    longitude: 113.08
  })
})

describe('WeChat', () => {
  test('resolves the picked place, null on cancel, rejects location.denied on refusal', async () => {
    expect(weapp.canChooseLocation).toBe(true)
    mockChoose.mockResolvedValueOnce({
      name: '北街',
      address: '江门市蓬江区北街',
      latitude: 22.6,
      longitude: 113.1,
      errMsg: 'chooseLocation:ok'
    })
    expect(await weapp.chooseLocation()).toEqual({
      name: '北街',
      address: '江门市蓬江区北街',
      latitude: 22.6,
      longitude: 113.1
    })
    mockChoose.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail cancel' })
    expect(await weapp.chooseLocation()).toBeNull()
    mockChoose.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail auth deny' })
    await expect(weapp.chooseLocation()).rejects.toThrow('location.denied')
  })
})
