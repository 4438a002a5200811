import hans from './locales/zh-Hans.json'
import hant from './locales/zh-Hant.json'
import validationHans from '@/core/validators/messages.zh-Hans.json'
import validationHant from '@/core/validators/messages.zh-Hant.json'
import type { LocalizedMessages } from '@/core/i18n'

/** the module's strings plus the validator messages the 我的信息 form shows */
export const accountMessages: LocalizedMessages = {
  'zh-Hans': { ...validationHans, ...hans },
  'zh-Hant': { ...validationHant, ...hant }
}
