// Simplified Chinese text of every booking code (繁體 is derived by the i18n layer).
import type { BookingCode } from './codes'

export const BOOKING_MESSAGES: Readonly<Record<BookingCode, string>> = {
  'booking.dateInvalid': '预约日期无效，请重新选择日期',
  'booking.hallMismatch': '所选时段不属于该办事大厅，请重新选择大厅和时段',
  'booking.slotUnknown': '该大厅没有这个预约时段，请从列表中重新选择时段',
  'booking.dateNotWorkingDay': '所选日期是周末或法定节假日，大厅不办理预约业务，请选择工作日',
  'booking.dateOutOfWindow': '所选日期不在开放预约的范围内，请从可预约日期中选择（已过去的日期和太远的日期不能预约）',
  'booking.slotPassed': '该时段已经开始，无法再预约，请选择稍后的时段或其他日期',
  'booking.duplicatePerson': '您已用该证件预约了同一日期的同一时段，请勿重复预约；如需改期请先取消原预约',
  'booking.slotFull': '该时段已约满，请选择其他时段或日期'
}

/** Simplified Chinese message of a booking code; the code itself for an unknown one. */
export function bookingMessage(code: string): string {
  return (BOOKING_MESSAGES as Record<string, string>)[code] ?? code
}
