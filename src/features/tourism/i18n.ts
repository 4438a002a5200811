import hans from './locales/zh-Hans.json'
import hant from './locales/zh-Hant.json'
import careHans from './locales/care.zh-Hans.json'
import careHant from './locales/care.zh-Hant.json'
import cultureHans from './locales/culture.zh-Hans.json'
import cultureHant from './locales/culture.zh-Hant.json'
import type { LocalizedMessages } from '@/core/i18n'

/** the module's strings: sights and routes; events, venues and reservations (culture); crowding and complaints (care) */
export const tourismMessages: LocalizedMessages = {
  'zh-Hans': { ...cultureHans, ...careHans, ...hans },
  'zh-Hant': { ...cultureHant, ...careHant, ...hant }
}
