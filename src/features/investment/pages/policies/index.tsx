// 惠企政策: every enterprise policy of the zone's cities, filtered by city, benefit and how it is granted (免申即享,
// 快申快享, 依申请), or by words; those taking applications first. Expired policies are left out unless asked for,
// and then read 已失效.
import { useZoneCities } from '@/stores/zone'
import { beijingToday } from '@/core/calendar/shanghai-time'
import { Input, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { CityId } from '@/core/domain'
import { ENTERPRISE_BENEFITS, GRANT_MODES, type EnterpriseBenefit, type GrantMode } from '@/core/investment/types'
import { accessibleName } from '@/components/a11y'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { LoadMore } from '@/components/load-more'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { usePaged } from '@/components/use-paged'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { filterPolicies, PAGE_SIZE } from '../../components/policy-model'
import { PolicyRow } from '../../components/policy-row'
import { investmentMessages } from '../../i18n'
import { usePolicies } from '../../policy-api'
import '../../investment.scss'
import '../../components/policy-pages.scss'

export default function PoliciesPage() {
  const t = useTranslate(investmentMessages)
  const cities = useZoneCities()
  const policies = usePolicies()
  const today = beijingToday()
  const [city, setCity] = useState<CityId | ''>(useRouteParam('city', oneOf(cities)) ?? '')
  const [benefit, setBenefit] = useState<EnterpriseBenefit | ''>(
    useRouteParam('benefit', oneOf(ENTERPRISE_BENEFITS)) ?? ''
  )
  const [mode, setMode] = useState<GrantMode | ''>(useRouteParam('mode', oneOf(GRANT_MODES)) ?? '')
  const [keyword, setKeyword] = useState('')
  const [withExpired, setWithExpired] = useState(false)
  const filter = { cities: city ? [city] : cities, benefit: benefit || undefined, mode: mode || undefined, keyword }
  const [listed, expired] = useMemo(
    () => [false, true].map((expired) => filterPolicies(policies.data ?? [], { ...filter, expired }, today)),
    // the filter's parts are its identity
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [policies.data, city, benefit, mode, keyword, today, cities.join()]
  )
  const paged = usePaged(listed, PAGE_SIZE, JSON.stringify(filter))
  const all = { value: '' as const, label: t('investment.policies.all') }

  return (
    <Page title={t('investment.policies.title')}>
      <Banner>{t('investment.home.sample')}</Banner>
      <View className='wst-filters'>
        <Input
          id='policy-search'
          className='wst-filters__search'
          value={keyword}
          placeholder={t('investment.policies.keywordPlaceholder')}
          confirmType='search'
          onInput={(e) => setKeyword(e.detail.value)}
          {...accessibleName(t('investment.policies.keyword'))}
        />
        {cities.length > 1 ? (
          <>
            <Text className='policy-filters__label'>{t('investment.policies.city')}</Text>
            <ChipGroup
              kind='tabs'
              label={t('investment.policies.city')}
              options={[all, ...cities.map((c) => ({ value: c, label: t(`city.${c}`) }))]}
              value={city}
              onChange={setCity}
            />
          </>
        ) : null}
        <Text className='policy-filters__label'>{t('investment.policies.benefit')}</Text>
        {/* chips that wrap (nine benefits; the modes' names in elder mode), not tabs squeezed into one row */}
        <ChipGroup
          kind='single'
          label={t('investment.policies.benefit')}
          options={[all, ...ENTERPRISE_BENEFITS.map((b) => ({ value: b, label: t(`investment.benefit.${b}`) }))]}
          value={benefit}
          onChange={setBenefit}
        />
        <Text className='policy-filters__label'>{t('investment.policies.mode')}</Text>
        <ChipGroup
          kind='single'
          label={t('investment.policies.mode')}
          options={[all, ...GRANT_MODES.map((m) => ({ value: m, label: t(`investment.mode.${m}`) }))]}
          value={mode}
          onChange={setMode}
        />
        {mode ? <Text className='policy-filters__label'>{t(`investment.modeNote.${mode}`)}</Text> : null}
      </View>
      <AsyncView query={policies} t={t}>
        {() => (
          <Section title={t('investment.policies.count', { count: listed.length })}>
            {listed.length === 0 ? <Text className='wst-note'>{t('investment.policies.empty')}</Text> : null}
            {paged.shown.map((p) => (
              <PolicyRow key={p.id} t={t} policy={p} today={today} />
            ))}
            <LoadMore paged={paged} t={t} />
            {expired.length > 0 ? (
              <View
                className='policy-link'
                role='button'
                aria-expanded={withExpired}
                onClick={() => setWithExpired(!withExpired)}
                hoverClass='policy-link--pressed'
              >
                <Text>
                  {withExpired
                    ? t('investment.policies.hideExpired')
                    : t('investment.policies.showExpired', { count: expired.length })}
                </Text>
              </View>
            ) : null}
            {withExpired ? expired.map((p) => <PolicyRow key={p.id} t={t} policy={p} today={today} />) : null}
            <View className='policy-actions'>
              <View
                className='policy-link'
                role='link'
                hoverClass='policy-link--pressed'
                onClick={() => go(pageUrl('investment', 'match'))}
              >
                <Text>{t('investment.policies.match')}</Text>
              </View>
            </View>
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}
