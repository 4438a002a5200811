import type { Booking, BookingStatus } from '@/core/gov-services/types'
import { BOOKING_STATUSES } from '@/core/gov-services/types'
import { dayOfWeek, isProvisionalDate } from '@/core/calendar'
import type { Translate } from '@/core/i18n'
import { Tag } from '@/components/ui'

const known = (status: string): status is BookingStatus => (BOOKING_STATUSES as readonly string[]).includes(status)

/** the status in words (a newer app's status reads 其他状态); its tone only repeats what the words say */
export function BookingStatusTag({ t, status }: { t: Translate; status: string }) {
  return (
    <Tag tone={status === 'active' ? 'ok' : 'muted'}>
      {t(known(status) ? `gov.bookings.${status}` : 'gov.bookings.other')}
    </Tag>
  )
}

/** the day with its weekday, and the slot: 2026-11-24 周二 09:30-10:00 */
export function visitTime(t: Translate, b: Pick<Booking, 'date' | 'slot'>): string {
  const weekday = t('gov.booking.weekdays').split(' ')[dayOfWeek(b.date)] ?? ''
  return `${b.date} ${weekday} ${b.slot}${isProvisionalDate(b.date) ? t('gov.booking.provisionalMark') : ''}`
}
