// Shared domain types: what every module speaks (script, zone, city, identity documents, phones, saved items).
// Pure TypeScript, no platform. Each module's own types live with its core (core/<module>/types.ts). Unions come
// from `as const` lists, so a list and its type never drift apart.

export const LOCALES = ['zh-Hans', 'zh-Hant'] as const
export type Locale = (typeof LOCALES)[number]
export const CITY_IDS = ['jiangmen', 'shenzhen', 'zhongshan'] as const
export type CityId = (typeof CITY_IDS)[number]
export const ZONE_IDS = ['jiangmen', 'shenjiang', 'zhongjiang'] as const
export type ZoneId = (typeof ZONE_IDS)[number]
/** Jiangmen's three districts and four county-level cities (蓬江 江海 新会 · 台山 开平 鹤山 恩平) */
export const JIANGMEN_DISTRICTS = ['pengjiang', 'jianghai', 'xinhui', 'taishan', 'kaiping', 'heshan', 'enping'] as const
export type District = (typeof JIANGMEN_DISTRICTS)[number]

/** the identity documents accepted: 居民身份证, 香港身份证, 澳门身份证, 回乡证 */
export const ID_TYPES = ['mainland', 'hk', 'mo', 'hkmo_permit'] as const
export type IdType = (typeof ID_TYPES)[number]
/** mainland China (+86), Hong Kong (+852), Macau (+853) */
export const PHONE_REGIONS = ['cn', 'hk', 'mo'] as const
export type PhoneRegion = (typeof PHONE_REGIONS)[number]
/** the national 好差评 levels, best first: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意 (1 and 2 are 差评) */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const
export type RatingLevel = (typeof RATING_LEVELS)[number]

/** which saved item: an open pair of module and kind, each module checks and renders its own kinds */
export interface SavedRef {
  /** the module that owns it: its id in the module manifest, e.g. 'gov-services' */
  module: string
  /** what it is within the module, e.g. 'service' (the kinds the module's record lists under `saved`) */
  kind: string
  id: string
}

/** something the user can favourite or has viewed; titles are kept so the main package needs no catalogue */
export interface SavedItem extends SavedRef {
  title: string
  titleHant: string
  route: string
  /** epoch ms */
  at: number
}
