// 人才资格自测: a few questions (only those the zone's policies read; the ones about 本市 once per city), then every
// policy the person qualifies for with its amount and the conditions that decided it, the near misses with what
// is missing (还差 4 个月社保), and the questions still open. In the 深江 and 中江 zones the same answers are checked
// against both cities, side by side. The answers stay on the device and can be saved to 我的信息.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { useZoneCities } from '@/stores/zone'
import type { CityId } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import {
  checkCity,
  cleanAnswers,
  CITY_FACTS,
  isCityFact,
  questionsFor,
  type PolicyResult,
  type TalentAnswers
} from '@/core/talent/eligibility'
import { BENEFIT_TYPES, type TalentPolicy } from '@/core/talent/types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { CityCompare } from '@/components/city-compare'
import { Page } from '@/components/page'
import { RuleResult } from '@/components/rule-result'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { useProfile } from '@/stores/profile'
import { beijingToday, formatShanghai } from '@/core/calendar/shanghai-time'
import { usePolicies } from '../../api'
import { Question } from '../../components/question'
import { amountText, reasonText, statusTag } from '../../format'
import { talentMessages } from '../../i18n'
import { answeredCount, useAnswers } from '../../store'
import '../../talent.scss'
import './index.scss'

/** the questions about the person, then about the employer */
const WORK_FACTS = ['employerType', 'employerCity', 'employerDistrict', 'employerPlatform'] as const

export default function CheckPage() {
  const t = useTranslate(talentMessages)
  const policies = usePolicies()
  return (
    <Page title={t('talent.check.title')}>
      <Banner>{t('talent.home.sample')}</Banner>
      <AsyncView query={policies} t={t}>
        {(list) => <SelfCheck t={t} policies={list} />}
      </AsyncView>
    </Page>
  )
}

function SelfCheck({ t, policies }: { t: Translate; policies: TalentPolicy[] }) {
  const cities = useZoneCities()
  const today = beijingToday()
  const { answers, answer, replace, clear } = useAnswers()
  const saved = useProfile((s) => s.parts.talent)
  const saveTalent = useProfile((s) => s.saveTalent)
  const [step, setStep] = useState<'ask' | 'result'>(answeredCount(answers) > 0 ? 'result' : 'ask')
  const [fromProfile, setFromProfile] = useState(false)

  // nothing answered on this device yet: start from the answers saved in 我的信息
  useEffect(() => {
    if (answeredCount(useAnswers.getState().answers) === 0 && saved) {
      const restored = cleanAnswers(saved.answers)
      if (answeredCount(restored) > 0) {
        replace(restored)
        setFromProfile(true)
      }
    }
  }, [saved, replace])

  const questions = useMemo(() => questionsFor(policies, cities), [policies, cities])
  const personQuestions = questions.filter((f) => !isCityFact(f) && !(WORK_FACTS as readonly string[]).includes(f))
  const workQuestions = questions.filter((f) => (WORK_FACTS as readonly string[]).includes(f))
  const cityQuestions = CITY_FACTS.filter((f) => questions.includes(f))
  const total = personQuestions.length + workQuestions.length + cityQuestions.length * cities.length
  const cityName = (c: CityId) => t(`city.${c}`)

  const saveToProfile = () => {
    saveTalent(answers)
    void Taro.showToast({ title: t('talent.check.savedProfile'), icon: 'none' })
  }
  const reset = () => {
    clear()
    setStep('ask')
    void Taro.showToast({ title: t('talent.check.resetDone'), icon: 'none' })
  }

  if (step === 'result')
    return (
      <>
        <Results t={t} policies={policies} cities={cities} answers={answers} today={today} />
        <View className='talent-actions'>
          <Button className='wst-button' onClick={saveToProfile}>
            {t('talent.check.saveProfile')}
          </Button>
          <Button className='wst-button wst-button--secondary' onClick={() => setStep('ask')}>
            {t('talent.check.edit')}
          </Button>
          <Button className='wst-button wst-button--secondary' onClick={reset}>
            {t('talent.check.reset')}
          </Button>
        </View>
        <Text className='wst-note'>{t('talent.check.disclaimer')}</Text>
      </>
    )

  const ask = (fact: (typeof questions)[number], city?: CityId) => (
    <Question
      key={`${fact}-${city ?? ''}`}
      t={t}
      fact={fact}
      label={t(`talent.fact.${fact}`)}
      value={city ? answers.cities[city]?.[fact as (typeof CITY_FACTS)[number]] : answers.person[fact as never]}
      today={today}
      onChange={(v) => answer(fact, v, city)}
    />
  )
  return (
    <>
      {fromProfile && saved ? (
        <Banner>{t('talent.check.fromProfile', { date: formatShanghai(saved.savedAt, 'YYYY-MM-DD') })}</Banner>
      ) : null}
      <Text className='wst-note'>{t('talent.check.intro', { cities: cities.map(cityName).join('、') })}</Text>
      <Section title={t('talent.check.about')}>
        <View className='check__questions'>{personQuestions.map((f) => ask(f))}</View>
      </Section>
      <Section title={t('talent.check.work')}>
        <View className='check__questions'>
          {workQuestions
            // the district is asked of a Jiangmen employer only
            .filter((f) => f !== 'employerDistrict' || answers.person.employerCity === 'jiangmen')
            .map((f) => ask(f))}
        </View>
      </Section>
      {cities.map((c) => (
        <Section key={c} title={t('talent.check.cityQuestions', { city: cityName(c) })}>
          <View className='check__questions'>{cityQuestions.map((f) => ask(f, c))}</View>
        </Section>
      ))}
      <View className='talent-actions'>
        <Text className='wst-note'>
          {t('talent.check.answered', { answered: Math.min(answeredCount(answers), total), total })}
        </Text>
        <Button
          className='wst-button'
          onClick={() => (setStep('result'), void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }))}
        >
          {t('talent.check.see')}
        </Button>
      </View>
    </>
  )
}

function Results(props: {
  t: Translate
  policies: TalentPolicy[]
  cities: CityId[]
  answers: TalentAnswers
  today: string
}) {
  const { t, policies, cities, answers, today } = props
  const byCity = useMemo(
    () => new Map(cities.map((c) => [c, checkCity(policies, c, answers, today)] as const)),
    [policies, cities, answers, today]
  )
  const [shown, setShown] = useState<CityId>(useRouteParam('city', oneOf(cities)) ?? cities[0])
  const results = byCity.get(shown) ?? []
  return (
    <>
      {cities.length > 1 ? (
        <CityCompare
          t={t}
          prefix='talent.check'
          cities={cities}
          byCity={byCity}
          benefits={BENEFIT_TYPES}
          benefitLabel={(b) => t(`talent.benefit.${b}`)}
          allLabel={t('talent.policies.all')}
        />
      ) : null}
      {cities.length > 1 ? (
        <ChipGroup
          kind='tabs'
          className='check__cities'
          label={t('talent.policies.city')}
          options={cities.map((c) => ({ value: c, label: t(`city.${c}`) }))}
          value={shown}
          onChange={setShown}
        />
      ) : null}
      <CityResults t={t} city={shown} results={results} today={today} />
    </>
  )
}

function CityResults({
  t,
  city,
  results,
  today
}: {
  t: Translate
  city: CityId
  results: PolicyResult[]
  today: string
}) {
  const [showUnmet, setShowUnmet] = useState(false)
  const group = (verdict: PolicyResult['verdict']) => results.filter((r) => r.verdict === verdict)
  const unmet = group('unmet')
  return (
    <>
      <Section title={t('talent.check.resultTitle', { city: t(`city.${city}`) })}>
        <Text className='wst-note'>
          {t('talent.check.summary', { qualified: group('qualified').length, near: group('near').length })}
        </Text>
      </Section>
      <ResultGroup t={t} title={t('talent.check.qualified')} results={group('qualified')} today={today} />
      {group('qualified').length === 0 ? <Text className='wst-note'>{t('talent.check.noneQualified')}</Text> : null}
      <ResultGroup t={t} title={t('talent.check.near')} results={group('near')} today={today} />
      <ResultGroup t={t} title={t('talent.check.unknown')} results={group('unknown')} today={today} />
      {unmet.length > 0 ? (
        <View
          className='talent-link'
          role='button'
          hoverClass='talent-link--pressed'
          onClick={() => setShowUnmet(!showUnmet)}
        >
          <Text>{showUnmet ? t('talent.check.hideUnmet') : t('talent.check.showUnmet', { count: unmet.length })}</Text>
        </View>
      ) : null}
      {showUnmet ? <ResultGroup t={t} title={t('talent.check.unmet')} results={unmet} today={today} /> : null}
    </>
  )
}

function ResultGroup({
  t,
  title,
  results,
  today
}: {
  t: Translate
  title: string
  results: PolicyResult[]
  today: string
}) {
  if (results.length === 0) return null
  return (
    <Section title={`${title}（${results.length}）`}>
      {results.map((r) => (
        <ResultCard key={r.policy.id} t={t} result={r} today={today} />
      ))}
    </Section>
  )
}

function ResultCard({ t, result: r }: { t: Translate; result: PolicyResult; today: string }) {
  return (
    <RuleResult
      t={t}
      prefix='talent.check'
      title={r.policy.title}
      result={r}
      amount={`${t(`talent.benefit.${r.policy.benefit}`)} · ${amountText(t, r.policy.amount)}`}
      status={statusTag(t, r.status)}
      reasonText={(reason) => reasonText(t, reason)}
      factLabel={(f) => t(`talent.fact.${f}`)}
      onClick={() => go(pageUrl('talent', 'policy', { id: r.policy.id }))}
    />
  )
}
