import { icsOf, type BookingCalendarEvent } from '@/core/booking'

export type { BookingCalendarEvent } from '@/core/booking'

// Neutral default (H5 and tests): a browser cannot write to the phone's calendar, so it downloads the event as
// an .ics file, which the phone's calendar offers to add when opened. calendar-event.weapp.ts adds it directly
// (wx.addPhoneCalendar); Alipay has no such call, and calendar-event.alipay.ts says so.

/** added: in the calendar; downloaded: the file is saved, to be opened; denied: the user refused the permission */
export type CalendarOutcome = 'added' | 'downloaded' | 'denied' | 'failed'

/** whether this platform can offer 添加到日历 at all */
export const CAN_ADD_TO_CALENDAR: boolean = true

/** call it from the tap itself (the mini-programs allow it only there) */
export async function addToCalendar(event: BookingCalendarEvent): Promise<CalendarOutcome> {
  try {
    const text = icsOf(event, Date.now())
    const href =
      typeof Blob === 'function' && typeof URL.createObjectURL === 'function'
        ? URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }))
        : `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`
    const link = document.createElement('a')
    link.href = href
    link.download = `${event.uid}.ics`
    link.style.display = 'none'
    document.body.appendChild(link)
    link.click()
    link.remove()
    // the download has started by now; the object URL is let go a moment later
    if (href.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(href), 60_000)
    return 'downloaded'
  } catch {
    return 'failed'
  }
}
