import { Image, Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { groupedReference } from '@/core/booking'
import type { Booking } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { maskIdNumber, maskName, maskPhone } from '@/core/validators'
import { BookingStatusTag, visitTime } from '../../components/booking-status'
import { qrDataUri } from '@/components/qr-code'

interface Props {
  t: Translate
  booking: Booking
  serviceName: string
}

/** the 预约号, big and as a QR code drawn on the device, and what was booked */
export function ReceiptCard({ t, booking: b, serviceName }: Props) {
  const qr = useMemo(() => (b.status === 'active' ? qrDataUri(b.reference) : ''), [b.reference, b.status])
  return (
    <View className='receipt__card'>
      <View className='receipt__status'>
        <BookingStatusTag t={t} status={b.status} />
      </View>
      <Text className='receipt__label'>{t('gov.receipt.reference')}</Text>
      <Text className='receipt__reference' id='receipt-reference' selectable userSelect>
        {groupedReference(b.reference)}
      </Text>
      {qr ? (
        <View className='receipt__qr' role='img' aria-label={t('gov.receipt.qrLabel', { reference: b.reference })}>
          <Image className='receipt__qr-image' src={qr} mode='scaleToFill' aria-hidden />
          <Text className='receipt__hint'>{t('gov.receipt.qrHint')}</Text>
        </View>
      ) : null}
      <View className='receipt__rows'>
        <Row label={t('gov.receipt.service')} value={serviceName} />
        <Row label={t('gov.receipt.when')} value={visitTime(t, b)} strong />
        <Row
          label={t('gov.receipt.who')}
          value={`${maskName(b.name)} · ${maskIdNumber(b.idNumber)} · ${maskPhone(b.phone)}`}
        />
      </View>
    </View>
  )
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <View className='receipt__row'>
      <Text className='receipt__row-label'>{label}</Text>
      <Text className={`receipt__row-value ${strong ? 'receipt__row-value--strong' : ''}`}>{value}</Text>
    </View>
  )
}
