import { View } from '@tarojs/components'
import type { CityId } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import type { Verdict } from '@/core/rules'
import { Section } from './ui'
import './city-compare.scss'

/** a checked policy as the table counts it: its benefit and its verdict */
interface Counted<B extends string> {
  policy: { benefit: B }
  verdict: Verdict
}

export interface CityCompareProps<B extends string> {
  t: Translate
  /**
   * the catalogue prefix of the table's words: `<prefix>.compare` (its title), `<prefix>.compareBenefit`,
   * `<prefix>.qualifiedCell`, `<prefix>.nearCell`, `<prefix>.noneCell`
   */
  prefix: string
  cities: readonly CityId[]
  byCity: ReadonlyMap<CityId, readonly Counted<B>[]>
  /** the benefits in the order of the rows */
  benefits: readonly B[]
  benefitLabel(benefit: B): string
  /** the last row's header: every benefit together */
  allLabel: string
}

const count = <B extends string>(results: readonly Counted<B>[], verdict: Verdict) =>
  results.filter((r) => r.verdict === verdict).length

/**
 * the zone's cities side by side (人才资格自测, 惠企政策匹配): per benefit, how many policies each city grants and
 * nearly grants, then all of them together; a table for screen readers, rows and cells named
 */
export function CityCompare<B extends string>({
  t,
  prefix,
  cities,
  byCity,
  benefits,
  benefitLabel,
  allLabel
}: CityCompareProps<B>) {
  const of = (c: CityId, b?: B) => (byCity.get(c) ?? []).filter((r) => b === undefined || r.policy.benefit === b)
  // the benefits some city grants or nearly grants: a row of dashes says nothing
  const rows = benefits.filter((b) =>
    cities.some((c) => of(c, b).some((r) => r.verdict === 'qualified' || r.verdict === 'near'))
  )
  const cell = (c: CityId, b: B) => {
    const q = count(of(c, b), 'qualified')
    const n = count(of(c, b), 'near')
    return (
      [q ? t(`${prefix}.qualifiedCell`, { count: q }) : '', n ? t(`${prefix}.nearCell`, { count: n }) : '']
        .filter(Boolean)
        .join(' · ') || t(`${prefix}.noneCell`)
    )
  }
  const total = (c: CityId) =>
    `${t(`${prefix}.qualifiedCell`, { count: count(of(c), 'qualified') })} · ${t(`${prefix}.nearCell`, {
      count: count(of(c), 'near')
    })}`
  const HEAD = 'wst-compare__row--head'
  const line = (key: string, first: string, cellOf: (c: CityId) => string, modifier = '') => (
    <View key={key} className={`wst-compare__row ${modifier}`} role='row'>
      <View className='wst-compare__benefit' role={modifier === HEAD ? 'columnheader' : 'rowheader'}>
        {first}
      </View>
      {cities.map((c) => (
        <View key={c} className='wst-compare__cell' role={modifier === HEAD ? 'columnheader' : 'cell'}>
          {cellOf(c)}
        </View>
      ))}
    </View>
  )
  return (
    <Section title={t(`${prefix}.compare`)}>
      <View className='wst-compare' role='table' aria-label={t(`${prefix}.compare`)}>
        {line('head', t(`${prefix}.compareBenefit`), (c) => t(`city.${c}`), HEAD)}
        {rows.map((b) => line(b, benefitLabel(b), (c) => cell(c, b)))}
        {line('total', allLabel, total, 'wst-compare__row--total')}
      </View>
    </Section>
  )
}
