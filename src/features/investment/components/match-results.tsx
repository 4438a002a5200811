// The results of 惠企政策匹配 for the zone's cities: the two cities side by side per benefit, then one city's
// policies met (with the amount and the conditions that decided them), the near misses with what is missing, the
// ones still needing an answer (the questions to answer), and on request the ones not met.
import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CityId } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import type { MatchVerdict, PolicyMatch } from '@/core/investment/matching'
import { ENTERPRISE_BENEFITS } from '@/core/investment/types'
import { ChipGroup } from '@/components/chip-group'
import { CityCompare } from '@/components/city-compare'
import { RuleResult } from '@/components/rule-result'
import { Section } from '@/components/ui'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { amountText, reasonText, statusTag } from './policy-format'
import { PolicyMarks } from './policy-row'

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
      {cities.length > 1 ? (
        <CityCompare
          t={t}
          prefix='investment.match'
          cities={cities}
          byCity={byCity}
          benefits={ENTERPRISE_BENEFITS}
          benefitLabel={(b) => t(`investment.benefit.${b}`)}
          allLabel={t('investment.policies.all')}
        />
      ) : null}
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
          <Button
            className='wst-button wst-button--secondary'
            onClick={() => go(pageUrl('investment', 'profile', { question: group('unknown')[0].unanswered[0] }))}
          >
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
