// 人才政策: every policy of the zone's cities, filtered by city, benefit type and education level, or by words;
// those taking applications first. Expired policies are left out unless asked for, and then say so.
import { useZoneCities } from '@/stores/zone'
import { beijingToday } from '@/core/calendar/shanghai-time'
import { Input, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { CityId } from '@/core/domain'
import { BENEFIT_TYPES, EDUCATION_LEVELS, type BenefitType, type EducationLevel } from '@/core/talent/types'
import { accessibleName } from '@/components/a11y'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { LoadMore } from '@/components/load-more'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { usePaged } from '@/components/use-paged'
import { useTranslate } from '@/components/use-translate'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { usePolicies } from '../../api'
import { PolicyRow } from '../../components/policy-row'
import { talentMessages } from '../../i18n'
import { filterPolicies, PAGE_SIZE } from '../../model'
import '../../talent.scss'

export default function PoliciesPage() {
  const t = useTranslate(talentMessages)
  const cities = useZoneCities()
  const policies = usePolicies()
  const today = beijingToday()
  const [city, setCity] = useState<CityId | ''>(useRouteParam('city', oneOf(cities)) ?? '')
  const [benefit, setBenefit] = useState<BenefitType | ''>(useRouteParam('benefit', oneOf(BENEFIT_TYPES)) ?? '')
  const [education, setEducation] = useState<EducationLevel | ''>('')
  const [keyword, setKeyword] = useState('')
  const [withExpired, setWithExpired] = useState(false)
  const filter = {
    cities: city ? [city] : cities,
    benefit: benefit || undefined,
    education: education || undefined,
    keyword
  }
  const [listed, expired] = useMemo(
    () => [false, true].map((expired) => filterPolicies(policies.data ?? [], { ...filter, expired }, today)),
    // the filter's parts are its identity
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [policies.data, city, benefit, education, keyword, today, cities.join()]
  )
  const paged = usePaged(listed, PAGE_SIZE, JSON.stringify(filter))
  const all = { value: '' as const, label: t('talent.policies.all') }

  return (
    <Page title={t('talent.policies.title')}>
      <Banner>{t('talent.home.sample')}</Banner>
      <View className='wst-filters'>
        <Input
          className='wst-filters__search'
          value={keyword}
          placeholder={t('talent.policies.keywordPlaceholder')}
          confirmType='search'
          onInput={(e) => setKeyword(e.detail.value)}
          {...accessibleName(t('talent.policies.keyword'))}
        />
        {cities.length > 1 ? (
          <>
            <Text className='talent-filters__label'>{t('talent.policies.city')}</Text>
            <ChipGroup
              kind='tabs'
              label={t('talent.policies.city')}
              options={[all, ...cities.map((c) => ({ value: c, label: t(`city.${c}`) }))]}
              value={city}
              onChange={setCity}
            />
          </>
        ) : null}
        <Text className='talent-filters__label'>{t('talent.policies.benefit')}</Text>
        {/* chips that wrap, not tabs squeezed into one row: eight benefits and 全部, and the education levels' names,
            broke over several lines in elder mode */}
        <ChipGroup
          kind='single'
          label={t('talent.policies.benefit')}
          options={[all, ...BENEFIT_TYPES.map((b) => ({ value: b, label: t(`talent.benefit.${b}`) }))]}
          value={benefit}
          onChange={setBenefit}
        />
        <Text className='talent-filters__label'>{t('talent.policies.education')}</Text>
        <ChipGroup
          kind='single'
          label={t('talent.policies.education')}
          options={[all, ...EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`talent.value.education.${e}`) }))]}
          value={education}
          onChange={setEducation}
        />
      </View>
      <AsyncView query={policies} t={t}>
        {() => (
          <Section title={t('talent.policies.count', { count: listed.length })}>
            {listed.length === 0 ? <Text className='talent-empty'>{t('talent.policies.empty')}</Text> : null}
            {paged.shown.map((p) => (
              <PolicyRow key={p.id} t={t} policy={p} today={today} />
            ))}
            <LoadMore paged={paged} t={t} />
            {expired.length > 0 ? (
              <View
                className='talent-link'
                role='button'
                onClick={() => setWithExpired(!withExpired)}
                hoverClass='talent-link--pressed'
              >
                <Text>
                  {withExpired
                    ? t('talent.policies.hideExpired')
                    : t('talent.policies.showExpired', { count: expired.length })}
                </Text>
              </View>
            ) : null}
            {withExpired ? expired.map((p) => <PolicyRow key={p.id} t={t} policy={p} today={today} />) : null}
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}
