// The bundled 政务服务 dataset in both scripts; the 繁體 files are generated at build time.
import type { Locale } from '../types'
import type { GovDataset } from './gov'
import bundles from '@/data/gov/bundles.json'
import bundlesHant from '@/data/gov/bundles.zh-Hant.json'
import cases from '@/data/gov/cases.json'
import casesHant from '@/data/gov/cases.zh-Hant.json'
import departments from '@/data/gov/departments.json'
import departmentsHant from '@/data/gov/departments.zh-Hant.json'
import halls from '@/data/gov/halls.json'
import hallsHant from '@/data/gov/halls.zh-Hant.json'
import services from '@/data/gov/services.json'
import servicesHant from '@/data/gov/services.zh-Hant.json'
import themes from '@/data/gov/themes.json'
import themesHant from '@/data/gov/themes.zh-Hant.json'

export const govDatasets = {
  'zh-Hans': { services, departments, themes, halls, bundles, cases },
  'zh-Hant': { services: servicesHant, departments: departmentsHant, themes: themesHant, halls: hallsHant, bundles: bundlesHant, cases: casesHant }
} as unknown as Record<Locale, GovDataset>
