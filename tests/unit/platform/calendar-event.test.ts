// 添加到日历: WeChat writes to the phone's calendar (times in seconds, a reminder an hour before, a refused
// permission told apart); Alipay has no such call and offers nothing; H5 downloads an .ics file.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { addPhoneCalendar: jest.fn() } }))

import Taro from '@tarojs/taro'
import * as alipay from '@/platform/calendar-event.alipay'
import * as weapp from '@/platform/calendar-event.weapp'
import * as h5 from '@/platform/calendar-event'

const mockTaro = jest.mocked(Taro)
const event = {
  uid: 'YY202612020001001',
  title: '预约办理：居民身份证换领',
  location: '江门市行政服务中心 江门市蓬江区白沙大道西1号',
  description: '预约号 YY202612020001001',
  start: Date.parse('2026-12-02T09:00:00+08:00'),
  end: Date.parse('2026-12-02T09:30:00+08:00')
}

afterEach(() => jest.resetAllMocks())

test('WeChat: the event goes to wx.addPhoneCalendar in seconds, with a reminder an hour before', async () => {
  mockTaro.addPhoneCalendar.mockResolvedValueOnce({ errMsg: 'addPhoneCalendar:ok' })
  expect(weapp.CAN_ADD_TO_CALENDAR).toBe(true)
  await expect(weapp.addToCalendar(event)).resolves.toBe('added')
  expect(mockTaro.addPhoneCalendar).toHaveBeenCalledWith({
    title: event.title,
    startTime: event.start / 1000,
    endTime: String(event.end / 1000),
    location: event.location,
    description: event.description,
    alarm: true,
    alarmOffset: 3600
  })
})

test('WeChat: a refused permission is told apart from another failure', async () => {
  mockTaro.addPhoneCalendar.mockRejectedValueOnce({ errMsg: 'addPhoneCalendar:fail auth deny' })
  await expect(weapp.addToCalendar(event)).resolves.toBe('denied')
  mockTaro.addPhoneCalendar.mockRejectedValueOnce({ errMsg: 'addPhoneCalendar:fail system error' })
  await expect(weapp.addToCalendar(event)).resolves.toBe('failed')
})

test('Alipay offers no 添加到日历', async () => {
  expect(alipay.CAN_ADD_TO_CALENDAR).toBe(false)
  await expect(alipay.addToCalendar()).resolves.toBe('failed')
})

test('H5: an .ics file named by the 预约号 is downloaded', async () => {
  const clicked: HTMLAnchorElement[] = []
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this)
  })
  try {
    await expect(h5.addToCalendar(event)).resolves.toBe('downloaded')
  } finally {
    click.mockRestore()
  }
  expect(clicked.map((a) => a.download)).toEqual(['YY202612020001001.ics'])
  expect(decodeURIComponent(clicked[0].href)).toContain('DTSTART:20261202T010000Z')
  // the link is gone again
  expect(document.querySelectorAll('a[download]')).toHaveLength(0)
})
