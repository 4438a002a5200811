// 岗位: the sample postings, filtered by industry, district, the user's education and a salary band, newest first,
// a page at a time. A filter can come in the link (industry=…, district=…).
import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { JIANGMEN_DISTRICTS } from '@/core/domain'
import { filterPostings, INDUSTRIES, SALARY_BAND_IDS, type PostingFilter, type SalaryBand } from '@/core/talent/jobs'
import { EDUCATION_LEVELS } from '@/core/talent/types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { LoadMore } from '@/components/load-more'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Section } from '@/components/ui'
import { usePaged } from '@/components/use-paged'
import { useTranslate } from '@/components/use-translate'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { usePostings } from '../../jobs-api'
import { talentMessages } from '../../i18n'
import { PAGE_SIZE } from '../../model'
import { FilterPicker } from './filter-picker'
import { PostingRow } from './posting-row'
import '../../talent.scss'
import './index.scss'

/** a chip row of one filter: 不限 first (the empty value), then the values */
const choices = <V extends string>(values: readonly V[], label: (v: V) => string, any: string) => [
  { value: '' as const, label: any },
  ...values.map((v) => ({ value: v, label: label(v) }))
]

export default function JobsPage() {
  const t = useTranslate(talentMessages)
  const postings = usePostings()
  usePullDownReload([postings])
  const [filter, setFilter] = useState<PostingFilter>({
    industry: useRouteParam('industry', oneOf(INDUSTRIES)),
    district: useRouteParam('district', oneOf(JIANGMEN_DISTRICTS))
  })
  const set = (patch: Partial<Record<keyof PostingFilter, string>>) =>
    setFilter((f) => ({ ...f, ...Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v || undefined])) }))
  const listed = useMemo(() => filterPostings(postings.data ?? [], filter), [postings.data, filter])
  const paged = usePaged(listed, PAGE_SIZE, JSON.stringify(filter))
  const any = t('talent.jobs.any')

  return (
    <Page title={t('talent.jobs.title')}>
      <Banner>{t('talent.jobs.sample')}</Banner>
      <View className='wst-filters talent-jobs__filters'>
        <View className='talent-jobs__pickers'>
          <FilterPicker
            id='jobs-industry'
            label={t('talent.jobs.industry')}
            options={choices(INDUSTRIES, (v) => t(`talent.jobs.industry.${v}`), t('talent.jobs.allIndustries'))}
            value={filter.industry ?? ''}
            onChange={(industry) => set({ industry })}
          />
          <FilterPicker
            id='jobs-district'
            label={t('talent.jobs.district')}
            options={choices(
              JIANGMEN_DISTRICTS,
              (v) => t(`talent.value.employerDistrict.${v}`),
              t('talent.jobs.allDistricts')
            )}
            value={filter.district ?? ''}
            onChange={(district) => set({ district })}
          />
        </View>
        <Text className='talent-jobs__label'>{t('talent.jobs.education')}</Text>
        <ChipGroup
          kind='single'
          label={t('talent.jobs.education')}
          options={choices(EDUCATION_LEVELS, (v) => t(`talent.value.education.${v}`), any)}
          value={filter.education ?? ''}
          onChange={(education) => set({ education })}
        />
        <Text className='talent-jobs__label'>{t('talent.jobs.salary')}</Text>
        <ChipGroup
          kind='single'
          label={t('talent.jobs.salary')}
          options={choices<SalaryBand>(SALARY_BAND_IDS, (v) => t(`talent.jobs.band.${v}`), any)}
          value={filter.salary ?? ''}
          onChange={(salary) => set({ salary })}
        />
      </View>
      <AsyncView query={postings} t={t}>
        {() => (
          <Section title={t('talent.jobs.count', { count: listed.length })}>
            {listed.length === 0 ? <View className='talent-empty'>{t('talent.jobs.empty')}</View> : null}
            {paged.shown.map((p) => (
              <PostingRow key={p.id} t={t} posting={p} />
            ))}
            <LoadMore paged={paged} t={t} />
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}
