import Taro from '@tarojs/taro'
import type { BookingCalendarEvent } from '@/core/booking'
import type { CalendarOutcome } from './calendar-event'

export type { BookingCalendarEvent } from '@/core/booking'
export type { CalendarOutcome } from './calendar-event'

export const CAN_ADD_TO_CALENDAR: boolean = true

/** wx.addPhoneCalendar (base library 2.15.0+), with a reminder an hour before; call it from the tap itself */
export async function addToCalendar(event: BookingCalendarEvent): Promise<CalendarOutcome> {
  if (typeof Taro.addPhoneCalendar !== 'function') return 'failed'
  try {
    await Taro.addPhoneCalendar({
      title: event.title,
      // seconds, as WeChat takes them (Taro's typings have endTime as a string)
      startTime: Math.floor(event.start / 1000),
      endTime: String(Math.floor(event.end / 1000)),
      location: event.location,
      description: event.description,
      alarm: true,
      alarmOffset: 3600
    })
    return 'added'
  } catch (e) {
    const message = String((e as { errMsg?: string } | undefined)?.errMsg ?? e)
    return /auth|deny|denied|permission/i.test(message) ? 'denied' : 'failed'
  }
}
