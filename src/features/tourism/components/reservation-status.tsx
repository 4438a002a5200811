import { RESERVATION_STATUSES, type ReservationStatus } from '@/core/tourism/culture-types'
import type { Translate } from '@/core/i18n'
import { Tag } from '@/components/ui'

const known = (status: string): status is ReservationStatus =>
  (RESERVATION_STATUSES as readonly string[]).includes(status)

/** the status in words (a newer app's status reads 其他状态); its tone only repeats what the words say */
export function ReservationStatusTag({ t, status }: { t: Translate; status: string }) {
  return (
    <Tag tone={status === 'active' ? 'ok' : 'muted'}>
      {t(known(status) ? `tourism.reserve.status.${status}` : 'tourism.reserve.status.other')}
    </Tag>
  )
}
