import { Button, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import { isRefusal } from '@/backend/errors'
import { bookingCalendarEvent } from '@/core/booking'
import type { Booking, HallDetail, ServiceGuide } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { newIdempotencyKey } from '@/core/idempotency-key'
import { errorMessage } from '@/components/error-view'
import { InlineConfirm } from '@/components/inline-confirm'
import { Section } from '@/components/ui'
import { CAN_ADD_TO_CALENDAR, addToCalendar } from '@/platform/calendar-event'
import { routes } from '@/routes'
import { govApi } from '../../api'
import { rescheduleBooking, rescheduleProblem, type Visit } from '../../booking'
import { VisitPicker } from '../../components/visit-picker'
import { fieldOfReason } from '../../model'

interface Props {
  t: Translate
  booking: Booking
  guide: ServiceGuide | undefined
  hall: HallDetail | undefined
}

/** what can be done with an active booking: 添加到日历 (where the platform can), 改约, 取消 (asked first) */
export function BookingActions({ t, booking: b, guide, hall }: Props) {
  const [moving, setMoving] = useState(false)

  const calendar = async () => {
    const event = bookingCalendarEvent(b, {
      title: t('gov.receipt.calendarTitle', { service: b.serviceName }),
      location: hall ? `${hall.name} ${hall.address}` : b.hallName,
      description: t('gov.receipt.calendarDescription', {
        reference: b.reference,
        hall: hall?.name ?? b.hallName,
        address: hall?.address ?? ''
      })
    })
    const outcome = event ? await addToCalendar(event) : 'failed'
    const key = {
      added: 'gov.receipt.calendarAdded',
      downloaded: 'gov.receipt.calendarDownloaded',
      denied: 'gov.receipt.calendarDenied',
      failed: 'gov.receipt.calendarFailed'
    }[outcome]
    void Taro.showToast({ title: t(key), icon: 'none' })
  }

  const cancel = async () => {
    try {
      await govApi.cancelBooking(b.id)
      void Taro.showToast({ title: t('gov.receipt.cancelledToast'), icon: 'none' })
      return true
    } catch (e) {
      void Taro.showToast({ title: errorMessage(t, e), icon: 'none' })
      return false
    }
  }

  return (
    <>
      <View className='receipt__actions'>
        {CAN_ADD_TO_CALENDAR ? (
          <Button className='wst-button wst-button--secondary' id='receipt-calendar' onClick={() => void calendar()}>
            {t('gov.receipt.addToCalendar')}
          </Button>
        ) : null}
        {moving ? null : (
          <Button className='wst-button wst-button--secondary' id='receipt-reschedule' onClick={() => setMoving(true)}>
            {t('gov.receipt.reschedule')}
          </Button>
        )}
      </View>
      {moving && guide ? <Reschedule t={t} booking={b} guide={guide} onClose={() => setMoving(false)} /> : null}
      <InlineConfirm
        look='block'
        className='receipt__cancel'
        label={t('gov.receipt.cancel')}
        question={t('gov.receipt.cancelQuestion')}
        confirmLabel={t('gov.receipt.confirmCancel')}
        cancelLabel={t('gov.receipt.keep')}
        onConfirm={cancel}
      />
    </>
  )
}

interface RescheduleProps {
  t: Translate
  booking: Booking
  guide: ServiceGuide
  onClose(): void
}

/** the new hall, day and slot; sent once, the old booking is let go only when the new place is held */
function Reschedule({ t, booking: b, guide, onClose }: RescheduleProps) {
  const [visit, setVisit] = useState<Visit>({ hallId: b.hallId, date: '', slot: '' })
  const [errors, setErrors] = useState<{ hallId?: string; slot?: string }>({})
  const [busy, setBusy] = useState(false)
  // one key per attempt: a repeat after a lost answer moves it once; a refusal gets a new one
  const key = useRef(newIdempotencyKey())
  const running = useRef(false)

  const change = (patch: Partial<Visit>) => {
    setVisit((v) => ({ ...v, ...patch }))
    setErrors({})
  }

  const submit = async () => {
    if (running.current) return
    const problem = rescheduleProblem(b, visit)
    if (problem) return setErrors({ [problem.field]: t(problem.key) })
    running.current = true
    setBusy(true)
    try {
      const moved = await rescheduleBooking(b, visit, key.current)
      void Taro.showToast({ title: t('gov.receipt.rescheduledToast'), icon: 'success' })
      void Taro.redirectTo({ url: routes.receipt(moved.id) })
    } catch (e) {
      if (isRefusal(e)) key.current = newIdempotencyKey()
      const field = isRefusal(e) ? fieldOfReason(e.reason) : undefined
      const message = errorMessage(t, e)
      if (field === 'hallId' || field === 'slot') setErrors({ [field]: message })
      else void Taro.showToast({ title: message, icon: 'none' })
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  return (
    <Section title={t('gov.receipt.rescheduleTitle')}>
      <View className='receipt__note'>{t('gov.receipt.rescheduleHint')}</View>
      <VisitPicker
        t={t}
        halls={guide.halls}
        value={visit}
        onChange={change}
        errors={errors}
        isTaken={(slot) => visit.hallId === b.hallId && visit.date === b.date && slot === b.slot}
      />
      <View className='receipt__actions'>
        <Button className='wst-button' id='receipt-reschedule-submit' disabled={busy} loading={busy} onClick={submit}>
          {t('gov.receipt.rescheduleSubmit')}
        </Button>
        <Button className='wst-button wst-button--secondary' onClick={onClose}>
          {t('gov.receipt.rescheduleKeep')}
        </Button>
      </View>
    </Section>
  )
}
