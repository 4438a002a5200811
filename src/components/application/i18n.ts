// The catalogues every page of an application shows: the form rules and workflow refusals (core), the shared
// person fields and 好差评, and the pipeline's own strings. A module merges them into its messages.
import rulesHans from '@/core/applications/messages.zh-Hans.json'
import rulesHant from '@/core/applications/messages.zh-Hant.json'
import validationHans from '@/core/validators/messages.zh-Hans.json'
import validationHant from '@/core/validators/messages.zh-Hant.json'
import type { LocalizedMessages } from '@/core/i18n'
import hans from '../locales/application.zh-Hans.json'
import hant from '../locales/application.zh-Hant.json'
import personHans from '../locales/person.zh-Hans.json'
import personHant from '../locales/person.zh-Hant.json'
import ratingHans from '../locales/rating.zh-Hans.json'
import ratingHant from '../locales/rating.zh-Hant.json'

export const applicationMessages: LocalizedMessages = {
  'zh-Hans': { ...validationHans, ...rulesHans, ...personHans, ...ratingHans, ...hans },
  'zh-Hant': { ...validationHant, ...rulesHant, ...personHant, ...ratingHant, ...hant }
}
