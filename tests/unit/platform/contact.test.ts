// Phone and map: WeChat goes through Taro's calls, H5 opens a web map; Alipay's map takes its coordinates as strings.
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { makePhoneCall: jest.fn(), openLocation: jest.fn() }
}))

import Taro from '@tarojs/taro'
import * as alipay from '@/platform/contact.alipay'
import { callPhone, openMap } from '@/platform/contact'

const mockTaro = jest.mocked(Taro)
// a hall as the backend gives it: more than the map needs
const hall = {
  id: 'hall-0001',
  name: '江门市行政服务中心',
  address: '江门市蓬江区白沙大道西1号',
  latitude: 22.58,
  longitude: 113.08,
  phone: '0750-12345678',
  slots: ['09:00-10:00']
}

afterEach(() => jest.resetAllMocks())

test('callPhone offers the number; a user who cancels is no error', async () => {
  mockTaro.makePhoneCall.mockRejectedValueOnce(new Error('makePhoneCall:fail cancel'))
  await expect(callPhone('12345')).resolves.toBeUndefined()
  expect(mockTaro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
})

test('on WeChat openMap passes the place and nothing else; a cancelled map is no error', async () => {
  const env = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  try {
    mockTaro.openLocation.mockRejectedValueOnce(new Error('openLocation:fail cancel'))
    await expect(openMap(hall)).resolves.toBeUndefined()
    expect(mockTaro.openLocation).toHaveBeenCalledWith({
      latitude: 22.58,
      longitude: 113.08,
      name: '江门市行政服务中心',
      address: '江门市蓬江区白沙大道西1号'
    })
  } finally {
    process.env.TARO_ENV = env
  }
})

test("on H5, which has no map of its own, openMap opens 高德's web map at the place in a new tab", async () => {
  const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
  await openMap(hall)
  expect(opened).toHaveBeenCalledWith(
    'https://uri.amap.com/marker?position=113.08,22.58&name=%E6%B1%9F%E9%97%A8%E5%B8%82%E8%A1%8C%E6%94%BF%E6%9C%8D%E5%8A%A1%E4%B8%AD%E5%BF%83&coordinate=gaode&callnative=1',
    '_blank'
  )
  expect(mockTaro.openLocation).not.toHaveBeenCalled()
  opened.mockRestore()
})

test('on Alipay the map is my.openLocation with the coordinates as strings', async () => {
  const openLocation = jest.fn()
  ;(globalThis as Record<string, unknown>).my = { openLocation }
  try {
    await alipay.openMap(hall)
    expect(openLocation).toHaveBeenCalledWith(
      expect.objectContaining({
        latitude: '22.58',
        longitude: '113.08',
        name: '江门市行政服务中心',
        address: '江门市蓬江区白沙大道西1号'
      })
    )
  } finally {
    delete (globalThis as Record<string, unknown>).my
  }
})
