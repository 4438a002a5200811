import { Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Translate } from '@/core/i18n'
import { addToCalendar, CAN_ADD_TO_CALENDAR, type BookingCalendarEvent } from '@/platform/calendar-event'

interface Props {
  t: Translate
  /** what the button names for a screen reader: 添加到日历：<title> */
  name: string
  /** the event to add; null when its times cannot be read */
  event: () => BookingCalendarEvent | null
}

/** 添加到日历 where the platform offers it (WeChat adds it, H5 downloads an .ics; Alipay has no such call) */
export function CalendarButton({ t, name, event }: Props) {
  if (!CAN_ADD_TO_CALENDAR) return null
  const add = async () => {
    const e = event()
    const outcome = e ? await addToCalendar(e) : 'failed'
    void Taro.showToast({ title: t(`tourism.culture.calendar.${outcome}`), icon: 'none' })
  }
  return (
    <Button
      className='wst-button wst-button--secondary'
      aria-label={t('tourism.culture.addToCalendarNamed', { name })}
      onClick={() => void add()}
    >
      {t('tourism.culture.addToCalendar')}
    </Button>
  )
}
