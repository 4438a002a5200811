import hans from './locales/zh-Hans.json'
import hant from './locales/zh-Hant.json'
import validationHans from '@/core/validators/messages.zh-Hans.json'
import validationHant from '@/core/validators/messages.zh-Hant.json'
import bookingHans from '@/core/booking/messages.zh-Hans.json'
import bookingHant from '@/core/booking/messages.zh-Hant.json'
import type { LocalizedMessages } from '@/core/i18n'

/** the module's strings plus the validator and booking-rule messages its forms show */
export const govMessages: LocalizedMessages = {
  'zh-Hans': { ...validationHans, ...bookingHans, ...hans },
  'zh-Hant': { ...validationHant, ...bookingHant, ...hant }
}
