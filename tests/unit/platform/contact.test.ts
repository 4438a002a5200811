// Phone and map: WeChat and H5 go through Taro's calls; Alipay's map takes its coordinates as strings.
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

test('openMap passes the place and nothing else; a cancelled map is no error', async () => {
  mockTaro.openLocation.mockRejectedValueOnce(new Error('openLocation:fail cancel'))
  await expect(openMap(hall)).resolves.toBeUndefined()
  expect(mockTaro.openLocation).toHaveBeenCalledWith({
    latitude: 22.58,
    longitude: 113.08,
    name: '江门市行政服务中心',
    address: '江门市蓬江区白沙大道西1号'
  })
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
