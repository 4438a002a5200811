// The bundled 政务服务 dataset, packed at build time from src/data/gov/ (src/core/packed-json.ts) and read back
// once. Only 简体 ships; 繁體 is derived on first use with the build-time table (src/core/i18n/hant.ts), which is
// verified to reproduce OpenCC exactly for this data.
import packed from '@/generated/gov-data.json'
import hantTable from '@/generated/hant-table.json'
import { convertJson, createHantConverter, type HantTable } from '@/core/i18n/hant'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { Locale } from '@/core/domain'
import type { GovDataset } from './gov'

const hans = unpack<GovDataset>(packed as PackedJson)
let hant: GovDataset | undefined

export const govDatasets: Record<Locale, GovDataset> = {
  'zh-Hans': hans,
  get 'zh-Hant'() {
    return (hant ??= convertJson(hans, createHantConverter(hantTable as HantTable)))
  }
}
