import hans from './locales/zh-Hans.json'
import hant from './locales/zh-Hant.json'
import validationHans from '@/core/validators/messages.zh-Hans.json'
import validationHant from '@/core/validators/messages.zh-Hant.json'
import rulesHans from '@/core/appeals/messages.zh-Hans.json'
import rulesHant from '@/core/appeals/messages.zh-Hant.json'
import ratingHans from '@/components/locales/rating.zh-Hans.json'
import ratingHant from '@/components/locales/rating.zh-Hant.json'
import type { LocalizedMessages } from '@/core/i18n'

/** the module's strings plus the validator, form-rule and workflow messages it shows */
export const appealMessages: LocalizedMessages = {
  'zh-Hans': { ...validationHans, ...rulesHans, ...ratingHans, ...hans },
  'zh-Hant': { ...validationHant, ...rulesHant, ...ratingHant, ...hant }
}
