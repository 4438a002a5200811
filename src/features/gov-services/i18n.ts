import hans from './locales/zh-Hans.json'
import hant from './locales/zh-Hant.json'
import validationHans from '@/core/validators/messages.zh-Hans.json'
import validationHant from '@/core/validators/messages.zh-Hant.json'
import bookingHans from '@/core/booking/messages.zh-Hans.json'
import bookingHant from '@/core/booking/messages.zh-Hant.json'
import { applicationMessages } from '@/components/application/i18n'
import type { LocalizedMessages } from '@/core/i18n'

/** the module's strings plus the validator, booking-rule and 在线申办 messages its forms show */
export const govMessages: LocalizedMessages = {
  'zh-Hans': { ...applicationMessages['zh-Hans'], ...validationHans, ...bookingHans, ...hans },
  'zh-Hant': { ...applicationMessages['zh-Hant'], ...validationHant, ...bookingHant, ...hant }
}
