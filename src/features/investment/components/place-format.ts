// How a park's and a project's figures read: areas, prices, drive times, investment sums and the chains, districts,
// kinds and cooperation models in the user's script. Sample figures carry 示例 in their words, not in a colour.
import type { District } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import type { Area, Distance, IndustryChain, PriceRange } from '@/core/investment/types'

/** the cities a park's distance is given from */
export const FROM_CITIES = ['shenzhen', 'zhongshan'] as const
export type FromCity = (typeof FROM_CITIES)[number]

/** 12,000 (grouped as the data's sources write them) */
const grouped = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

export const chainText = (t: Translate, chain: IndustryChain): string => t(`investment.chain.${chain}`)

export const districtText = (t: Translate, district: District): string => t(`investment.district.${district}`)

/** 约 3,240 平方公里 / 约 23,135 亩 */
export const areaText = (t: Translate, area: Area): string =>
  t(`investment.area.${area.unit}`, { value: grouped(area.value) })

/** 120,000–220,000 元/亩（示例） */
export const priceText = (t: Translate, price: PriceRange): string =>
  t('investment.withSample', {
    text: t(`investment.price.${price.unit}`, { min: grouped(price.min), max: grouped(price.max) })
  })

/** 1 小时 20 分 / 45 分钟 */
export function minutesText(t: Translate, minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (!h) return t('investment.time.m', { m })
  return m ? t('investment.time.hm', { h, m }) : t('investment.time.h', { h })
}

/** 深圳自驾约 1 小时 20 分 */
export const fromShortText = (t: Translate, city: FromCity, d: Distance): string =>
  t(`investment.fromShort.${city}`, { time: minutesText(t, d.minutes) })

/** 约 95 公里，自驾约 1 小时 10 分（经深中通道—江中高速） */
export const fromText = (t: Translate, d: Distance): string =>
  t('investment.from.value', { km: grouped(d.km), time: minutesText(t, d.minutes), via: d.via })

/** 2.5 亿元 / 8,000 万元 (the data's sums are in 万元) */
export function investmentText(t: Translate, wan: number): string {
  if (wan < 10000) return t('investment.amount.wan', { value: grouped(wan) })
  const yi = Math.round((wan / 10000) * 100) / 100
  return t('investment.amount.yi', { value: grouped(yi) })
}

export const groupedNumber = grouped
