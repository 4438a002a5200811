import hans from './locales/zh-Hans.json'
import hant from './locales/zh-Hant.json'
import careHans from './locales/care.zh-Hans.json'
import careHant from './locales/care.zh-Hant.json'
import cultureHans from './locales/culture.zh-Hans.json'
import cultureHant from './locales/culture.zh-Hant.json'
import validationHans from '@/core/validators/messages.zh-Hans.json'
import validationHant from '@/core/validators/messages.zh-Hant.json'
import personHans from '@/components/locales/person.zh-Hans.json'
import personHant from '@/components/locales/person.zh-Hant.json'
import type { LocalizedMessages } from '@/core/i18n'

/** the module's strings (with the validator and person-field messages its forms show): sights and routes; events, venues and reservations (culture); crowding and complaints (care) */
export const tourismMessages: LocalizedMessages = {
  'zh-Hans': { ...validationHans, ...personHans, ...cultureHans, ...careHans, ...hans },
  'zh-Hant': { ...validationHant, ...personHant, ...cultureHant, ...careHant, ...hant }
}
