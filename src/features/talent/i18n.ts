import hans from './locales/zh-Hans.json'
import hant from './locales/zh-Hant.json'
import jobsHans from './locales/jobs.zh-Hans.json'
import jobsHant from './locales/jobs.zh-Hant.json'
import { applicationMessages } from '@/components/application/i18n'
import type { LocalizedMessages } from '@/core/i18n'

/** the module's strings (policies and the self-check; jobs, fairs and housing) plus the 在线申办 messages */
export const talentMessages: LocalizedMessages = {
  'zh-Hans': { ...applicationMessages['zh-Hans'], ...jobsHans, ...hans },
  'zh-Hant': { ...applicationMessages['zh-Hant'], ...jobsHant, ...hant }
}
