// What 招商服务 contributes to the unified search. Read at build time only (scripts/build-data.ts).
import type { SearchDoc } from '@/core/search'

export function searchDocs(): SearchDoc[] {
  return []
}
