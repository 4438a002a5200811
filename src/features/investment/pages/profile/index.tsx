// 企业画像: the company's name and credit code (filled from 我的信息) and the questions of the company-fact
// vocabulary (the derived ratios shown, never asked), grouped as a company reads them. Kept on the device once the
// user has agreed to the privacy notice, as a draft that survives reloads and app kills; saved to 我的信息 on
// request; never sent unless the user asks for matching on the server. Opened with ?question=<fact> (去回答 on a
// match result) it scrolls to that question.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { useZoneCities } from '@/stores/zone'
import { beijingToday, formatShanghai } from '@/core/calendar/shanghai-time'
import type { Translate } from '@/core/i18n'
import { companyFacts } from '@/core/investment/matching'
import type { CompanyFactName } from '@/core/investment/types'
import { cleanProfile } from '@/core/investment/matching'
import { validateCreditCode } from '@/core/validators'
import { Banner } from '@/components/banner'
import { ConsentCheck } from '@/components/consent-check'
import { Page } from '@/components/page'
import { TextField } from '@/components/text-field'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { useProfile } from '@/stores/profile'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import { answerText } from '../../components/policy-format'
import { ProfileQuestion } from '../../components/profile-question'
import { investmentMessages } from '../../i18n'
import { answeredCount, useCompany } from '../../store'
import '../../investment.scss'
import '../../components/policy-pages.scss'

/** the questions as a company reads them; every asked fact of COMPANY_FACTS is in one group */
const GROUPS = {
  basics: ['industry', 'registeredOn', 'district', 'hkmoInvested', 'fromFusionCity'],
  scale: ['headcount', 'techStaff', 'revenueWan', 'rdSpendWan', 'upgradeInvestmentWan'],
  ip: ['inventionPatents', 'utilityPatents', 'designPatents', 'softwareCopyrights'],
  quals: ['qualifications', 'taxCredit']
} as const satisfies Record<string, readonly CompanyFactName[]>
const ASKED = new Set<string>(Object.values(GROUPS).flat())
const TOTAL = ASKED.size
/** shown under the scale group, computed from its answers */
const DERIVED = ['rdRatio', 'techStaffRatio'] as const

export default function ProfilePage() {
  const t = useTranslate(investmentMessages)
  return (
    <Page title={t('investment.profile.title')}>
      <CompanyProfileForm t={t} />
    </Page>
  )
}

function CompanyProfileForm({ t }: { t: Translate }) {
  const cities = useZoneCities()
  const today = beijingToday()
  const { profile, identity, answer, setIdentity, replace, clear } = useCompany()
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const enterprise = useProfile((s) => s.parts.enterprise)
  const savedCompany = useProfile((s) => s.parts.company)
  const save = useProfile((s) => s.save)
  const saveCompany = useProfile((s) => s.saveCompany)
  const [filled, setFilled] = useState<{ identity: boolean; answers?: number }>({ identity: false })
  const [codeError, setCodeError] = useState<string | undefined>()
  // the form's fields are drawn again after 清空 (the number fields keep what was typed otherwise)
  const [round, setRound] = useState(0)

  // nothing on this device yet: start from what 我的信息 holds
  useEffect(() => {
    const current = useCompany.getState()
    if (!current.identity.companyName && !current.identity.creditCode && enterprise) {
      setIdentity({ companyName: enterprise.companyName, creditCode: enterprise.creditCode })
      setFilled((f) => ({ ...f, identity: true }))
    }
    if (answeredCount(current.profile) === 0 && savedCompany) {
      const restored = cleanProfile(savedCompany.answers)
      if (answeredCount(restored) > 0) {
        replace(restored)
        setFilled((f) => ({ ...f, answers: savedCompany.savedAt }))
        setRound((r) => r + 1)
      }
    }
    // once, on opening
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const checkCode = () => {
    const code = identity.creditCode.trim()
    const result = code ? validateCreditCode(code) : undefined
    setCodeError(result && !result.ok ? t(result.code) : undefined)
    return !result || result.ok
  }
  const saveToProfile = () => {
    if (!checkCode()) {
      void Taro.showToast({ title: t('investment.profile.saveInvalid'), icon: 'none' })
      return
    }
    saveCompany(profile)
    const code = identity.creditCode.trim()
    const result = code ? validateCreditCode(code) : undefined
    if (identity.companyName.trim() || code)
      save({ companyName: identity.companyName.trim(), creditCode: result?.ok ? result.value : '' })
    void Taro.showToast({ title: t('investment.profile.saved'), icon: 'none' })
  }
  const reset = () => {
    clear()
    setCodeError(undefined)
    setRound((r) => r + 1)
    void Taro.showToast({ title: t('investment.profile.resetDone'), icon: 'none' })
  }
  // 去回答: the question a match result still needs, brought into view once the form is drawn
  const question = useRouteParam('question')
  useEffect(() => {
    if (question && ASKED.has(question)) void Taro.pageScrollTo({ selector: `#profile-q-${question}`, duration: 0 })
  }, [question])

  const facts = companyFacts(profile)
  const ask = (fact: CompanyFactName) => (
    <View key={`${fact}-${round}`} id={`profile-q-${fact}`}>
      <ProfileQuestion
        t={t}
        fact={fact}
        value={profile[fact] as never}
        today={today}
        onChange={(v) => answer(fact, v)}
      />
    </View>
  )

  return (
    <>
      <Banner>{t('investment.profile.promise')}</Banner>
      <View id='investment-consent'>
        <ConsentCheck id='investment-profile-consent' />
        <Text className='wst-note'>
          {t(consented ? 'investment.profile.consentGiven' : 'investment.profile.consentNeeded')}
        </Text>
      </View>
      {filled.answers ? (
        <Banner>{t('investment.profile.fromSaved', { date: formatShanghai(filled.answers, 'YYYY-MM-DD') })}</Banner>
      ) : null}
      <Text className='wst-note'>
        {t('investment.profile.intro', { cities: cities.map((c) => t(`city.${c}`)).join('、') })}
      </Text>
      <Section title={t('investment.profile.identity')}>
        <View className='profile__questions'>
          <TextField
            label={t('investment.profile.companyName')}
            value={identity.companyName}
            maxlength={60}
            onInput={(v) => setIdentity({ companyName: v })}
          />
          <TextField
            label={t('investment.profile.creditCode')}
            value={identity.creditCode}
            maxlength={18}
            hint={t('investment.profile.creditCodeHint')}
            error={codeError}
            onInput={(v) => (setIdentity({ creditCode: v }), setCodeError(undefined))}
            onBlur={checkCode}
          />
          {filled.identity ? <Text className='wst-note'>{t('investment.profile.fromProfile')}</Text> : null}
        </View>
      </Section>
      {(Object.keys(GROUPS) as (keyof typeof GROUPS)[]).map((group) => (
        <Section key={group} title={t(`investment.profile.${group}`)}>
          <View className='profile__questions'>{GROUPS[group].map(ask)}</View>
          {group === 'scale'
            ? DERIVED.filter((f) => facts[f] !== undefined).map((f) => (
                <Text key={f} className='profile__derived'>
                  {t('investment.profile.derived', {
                    label: t(`investment.fact.${f}`),
                    value: answerText(t, f, facts[f], '%')
                  })}
                </Text>
              ))
            : null}
        </Section>
      ))}
      <View className='policy-actions'>
        <Text className='wst-note'>
          {t('investment.profile.answered', { answered: Math.min(answeredCount(profile), TOTAL), total: TOTAL })}
        </Text>
        <Button className='wst-button' onClick={() => go(pageUrl('investment', 'match'))}>
          {t('investment.profile.see')}
        </Button>
        <Button className='wst-button wst-button--secondary' onClick={saveToProfile}>
          {t('investment.profile.save')}
        </Button>
        <Button className='wst-button wst-button--secondary' onClick={reset}>
          {t('investment.profile.reset')}
        </Button>
      </View>
    </>
  )
}
