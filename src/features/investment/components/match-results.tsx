// The results of 惠企政策匹配 for the zone's cities: the two cities side by side per benefit, then one city's
// policies met (with the amount and the conditions that decided them), the near misses with what is missing, the
// ones still needing an answer (the questions to answer), and on request the ones not met.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CityId } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import type { MatchVerdict, PolicyMatch } from '@/core/investment/matching'
import { ENTERPRISE_BENEFITS, type EnterpriseBenefit } from '@/core/investment/types'
import { ChipGroup } from '@/components/chip-group'
import { RuleResult } from '@/components/rule-result'
import { Section } from '@/components/ui'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { amountText, reasonText, statusTag } from './policy-format'
import { PolicyMarks } from './policy-row'

const count = (results: readonly PolicyMatch[], verdict: MatchVerdict) =>
  results.filter((r) => r.verdict === verdict).length

export function MatchResults({
  t,
  cities,
  byCity,
  initialCity
}: {
  t: Translate
  cities: CityId[]
  byCity: Map<CityId, PolicyMatch[]>
  initialCity?: CityId
}) {
  const [shown, setShown] = useState<CityId>(initialCity ?? cities[0])
  return (
    <>
      {cities.length > 1 ? <Compare t={t} cities={cities} byCity={byCity} /> : null}
      {cities.length > 1 ? (
        <ChipGroup
          kind='tabs'
          className='match__cities'
          label={t('investment.policies.city')}
          options={cities.map((c) => ({ value: c, label: t(`city.${c}`) }))}
          value={shown}
          onChange={setShown}
        />
      ) : null}
      <CityResults t={t} city={shown} results={byCity.get(shown) ?? []} />
    </>
  )
}

/** the cities side by side: per benefit, how many policies each city grants and nearly grants */
function Compare({ t, cities, byCity }: { t: Translate; cities: CityId[]; byCity: Map<CityId, PolicyMatch[]> }) {
  // the benefits some city grants or nearly grants: a row of dashes says nothing
  const rows = ENTERPRISE_BENEFITS.filter((b) =>
    cities.some((c) =>
      byCity.get(c)?.some((r) => r.policy.benefit === b && (r.verdict === 'qualified' || r.verdict === 'near'))
    )
  )
  const cell = (c: CityId, b: EnterpriseBenefit) => {
    const of = (byCity.get(c) ?? []).filter((r) => r.policy.benefit === b)
    const q = count(of, 'qualified')
    const n = count(of, 'near')
    return (
      [
        q ? t('investment.match.qualifiedCell', { count: q }) : '',
        n ? t('investment.match.nearCell', { count: n }) : ''
      ]
        .filter(Boolean)
        .join(' · ') || t('investment.match.noneCell')
    )
  }
  return (
    <Section title={t('investment.match.compare')}>
      <View className='match-compare' role='table' aria-label={t('investment.match.compare')}>
        <View className='match-compare__row match-compare__row--head' role='row'>
          <View className='match-compare__benefit' role='columnheader'>
            {t('investment.match.compareBenefit')}
          </View>
          {cities.map((c) => (
            <View key={c} className='match-compare__cell' role='columnheader'>
              {t(`city.${c}`)}
            </View>
          ))}
        </View>
        {rows.map((b) => (
          <View key={b} className='match-compare__row' role='row'>
            <View className='match-compare__benefit' role='rowheader'>
              {t(`investment.benefit.${b}`)}
            </View>
            {cities.map((c) => (
              <View key={c} className='match-compare__cell' role='cell'>
                {cell(c, b)}
              </View>
            ))}
          </View>
        ))}
        <View className='match-compare__row match-compare__row--total' role='row'>
          <View className='match-compare__benefit' role='rowheader'>
            {t('investment.policies.all')}
          </View>
          {cities.map((c) => (
            <View key={c} className='match-compare__cell' role='cell'>
              {t('investment.match.qualifiedCell', { count: count(byCity.get(c) ?? [], 'qualified') })}
              {' · '}
              {t('investment.match.nearCell', { count: count(byCity.get(c) ?? [], 'near') })}
            </View>
          ))}
        </View>
      </View>
    </Section>
  )
}

function CityResults({ t, city, results }: { t: Translate; city: CityId; results: PolicyMatch[] }) {
  const [showUnmet, setShowUnmet] = useState(false)
  const group = (verdict: MatchVerdict) => results.filter((r) => r.verdict === verdict)
  const unmet = group('unmet')
  const cityName = t(`city.${city}`)
  return (
    <>
      <Section title={t('investment.match.resultTitle', { city: cityName })}>
        <Text className='wst-note'>
          {t('investment.match.summary', {
            qualified: group('qualified').length,
            near: group('near').length,
            unknown: group('unknown').length
          })}
        </Text>
        <Text className='wst-note'>{t('investment.match.registeredHere', { city: cityName })}</Text>
      </Section>
      <ResultGroup t={t} title={t('investment.match.qualified')} results={group('qualified')} />
      {group('qualified').length === 0 ? <Text className='wst-note'>{t('investment.match.noneQualified')}</Text> : null}
      <ResultGroup t={t} title={t('investment.match.near')} results={group('near')} />
      <ResultGroup t={t} title={t('investment.match.unknown')} results={group('unknown')} />
      {group('unknown').length > 0 ? (
        <View className='policy-actions'>
          <Button className='wst-button wst-button--secondary' onClick={() => go(pageUrl('investment', 'profile'))}>
            {t('investment.match.answer')}
          </Button>
        </View>
      ) : null}
      {unmet.length > 0 ? (
        <View
          className='policy-link'
          role='button'
          aria-expanded={showUnmet}
          hoverClass='policy-link--pressed'
          onClick={() => setShowUnmet(!showUnmet)}
        >
          <Text>
            {showUnmet ? t('investment.match.hideUnmet') : t('investment.match.showUnmet', { count: unmet.length })}
          </Text>
        </View>
      ) : null}
      {showUnmet ? <ResultGroup t={t} title={t('investment.match.unmet')} results={unmet} /> : null}
    </>
  )
}

function ResultGroup({ t, title, results }: { t: Translate; title: string; results: PolicyMatch[] }) {
  if (results.length === 0) return null
  return (
    <Section title={`${title}（${results.length}）`}>
      {results.map((r) => (
        <ResultCard key={r.policy.id} t={t} result={r} />
      ))}
    </Section>
  )
}

function ResultCard({ t, result: r }: { t: Translate; result: PolicyMatch }) {
  return (
    <RuleResult
      t={t}
      prefix='investment.match'
      title={r.policy.title}
      result={r}
      amount={`${t(`investment.benefit.${r.policy.benefit}`)} · ${amountText(t, r.policy.amount)}`}
      status={statusTag(t, r.status)}
      marks={<PolicyMarks t={t} policy={r.policy} />}
      reasonText={(reason) => reasonText(t, reason)}
      factLabel={(f) => t(`investment.fact.${f}`)}
      onClick={() => go(pageUrl('investment', 'policy', { id: r.policy.id }))}
    />
  )
}
