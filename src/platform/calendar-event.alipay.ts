import type { CalendarOutcome } from './calendar-event'

export type { BookingCalendarEvent } from '@/core/booking'
export type { CalendarOutcome } from './calendar-event'

// Alipay mini-programs have no call that writes to the phone's calendar (nothing like wx.addPhoneCalendar),
// and cannot save an .ics file for it either: the receipt does not offer 添加到日历 there.
export const CAN_ADD_TO_CALENDAR: boolean = false

/** never called: CAN_ADD_TO_CALENDAR is false (same signature as the others, which take the event) */
export async function addToCalendar(): Promise<CalendarOutcome> {
  return 'failed'
}
