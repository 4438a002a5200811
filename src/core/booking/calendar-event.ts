// A booking as a calendar event (添加到日历): its instants in Beijing time, and the iCalendar text the H5 site
// offers as a download (RFC 5545). The words are the caller's, already translated.
import { shanghaiInstant } from '../calendar/shanghai-time'
import { parseSlot } from './rules'

export interface BookingCalendarEvent {
  /** stable per booking, so adding it twice replaces the first (the 预约号) */
  uid: string
  title: string
  location: string
  description: string
  /** epoch ms */
  start: number
  end: number
}

/** the start and end of a booked slot ('09:00-09:30' on a Beijing date); null when the slot is malformed */
export function slotInstants(date: string, slot: string): { start: number; end: number } | null {
  const parsed = parseSlot(slot)
  if (!parsed) return null
  return { start: shanghaiInstant(date, parsed.start), end: shanghaiInstant(date, parsed.end) }
}

export function bookingCalendarEvent(
  booking: { reference: string; date: string; slot: string },
  words: { title: string; location: string; description: string }
): BookingCalendarEvent | null {
  const at = slotInstants(booking.date, booking.slot)
  return at ? { uid: booking.reference, ...words, ...at } : null
}

/** 20261124T010000Z: UTC, so no time-zone table is needed on either side */
const icsTime = (epochMs: number) =>
  new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** TEXT values escape backslash, semicolon, comma and line breaks */
const icsText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')

/** content lines fold at 75 octets (UTF-8), never inside a character */
function fold(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

/** one VEVENT in a VCALENDAR, with a reminder an hour before; `now` stamps it */
export function icsOf(event: BookingCalendarEvent, now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//wanshitong//booking//ZH',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${icsText(event.uid)}@wanshitong`,
    `DTSTAMP:${icsTime(now)}`,
    `DTSTART:${icsTime(event.start)}`,
    `DTEND:${icsTime(event.end)}`,
    `SUMMARY:${icsText(event.title)}`,
    `LOCATION:${icsText(event.location)}`,
    `DESCRIPTION:${icsText(event.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT1H',
    `DESCRIPTION:${icsText(event.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR'
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}
