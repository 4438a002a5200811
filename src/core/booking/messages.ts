// Simplified Chinese text of every booking code lives in messages.zh-Hans.json (繁體 is generated from it).
import type { BookingCode } from './codes'
import messages from './messages.zh-Hans.json'

export const BOOKING_MESSAGES: Readonly<Record<BookingCode, string>> = messages

/** Simplified Chinese message of a booking code; the code itself for an unknown one. */
export function bookingMessage(code: string): string {
  return (BOOKING_MESSAGES as Record<string, string>)[code] ?? code
}
