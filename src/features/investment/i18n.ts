import hans from './locales/zh-Hans.json'
import hant from './locales/zh-Hant.json'
import policyHans from './locales/policy.zh-Hans.json'
import policyHant from './locales/policy.zh-Hant.json'
import { applicationMessages } from '@/components/application/i18n'
import type { LocalizedMessages } from '@/core/i18n'

/** the module's strings (parks and projects; policies, the company profile and matching) plus 在线申办's */
export const investmentMessages: LocalizedMessages = {
  'zh-Hans': { ...applicationMessages['zh-Hans'], ...policyHans, ...hans },
  'zh-Hant': { ...applicationMessages['zh-Hant'], ...policyHant, ...hant }
}
