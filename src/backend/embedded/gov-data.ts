// The bundled 政务服务 dataset. Only 简体 ships; 繁體 is derived on first use with the build-time table
// (src/core/i18n/hant.ts), which is verified to reproduce OpenCC exactly for this data.
import bundles from '@/data/gov/bundles.json'
import cases from '@/data/gov/cases.json'
import channels from '@/data/gov/channels.json'
import departments from '@/data/gov/departments.json'
import halls from '@/data/gov/halls.json'
import services from '@/data/gov/services.json'
import situations from '@/data/gov/situations.json'
import themes from '@/data/gov/themes.json'
import hantTable from '@/generated/hant-table.json'
import { convertJson, createHantConverter, type HantTable } from '@/core/i18n/hant'
import type { Locale } from '@/core/domain'
import type { GovDataset } from './gov'

const hans = { services, departments, themes, halls, bundles, cases, situations, channels } as unknown as GovDataset
let hant: GovDataset | undefined

export const govDatasets: Record<Locale, GovDataset> = {
  'zh-Hans': hans,
  get 'zh-Hant'() {
    return (hant ??= convertJson(hans, createHantConverter(hantTable as HantTable)))
  }
}
