// 招商项目: the sample 招商 and 合作 projects, newest first, a page at a time; filtered by industry chain, park,
// district, investment scale and kind. A link can carry a filter (industry=…, park=…, district=…), as a park's does.
import { View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { JIANGMEN_DISTRICTS } from '@/core/domain'
import { INDUSTRY_CHAINS, PROJECT_KINDS, SCALE_BANDS } from '@/core/investment/types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { LoadMore } from '@/components/load-more'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Empty, Field, Section } from '@/components/ui'
import { usePaged } from '@/components/use-paged'
import { useTranslate } from '@/components/use-translate'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { useParks, useProjects } from '../../api'
import { PlaceFilter } from '../../components/place-filter'
import { chainText, districtText } from '../../components/place-format'
import { filterProjects, type ProjectFilter } from '../../components/project-filter'
import { ProjectRow } from '../../components/project-row'
import { investmentMessages } from '../../i18n'
import '../../investment.scss'

const PAGE_SIZE = 10

/** a chip row of one filter: 不限 first (the empty value), then the values */
const chips = <V extends string>(values: readonly V[], label: (v: V) => string, any: string) => [
  { value: '' as const, label: any },
  ...values.map((v) => ({ value: v, label: label(v) }))
]

export default function ProjectsPage() {
  const t = useTranslate(investmentMessages)
  const projects = useProjects()
  const parks = useParks()
  usePullDownReload([projects, parks])
  const [filter, setFilter] = useState<ProjectFilter>({
    industry: useRouteParam('industry', oneOf(INDUSTRY_CHAINS)),
    park: useRouteParam('park'),
    district: useRouteParam('district', oneOf(JIANGMEN_DISTRICTS))
  })
  const set = (patch: ProjectFilter) => setFilter((f) => ({ ...f, ...patch }))
  const listed = useMemo(() => filterProjects(projects.data ?? [], filter), [projects.data, filter])
  const paged = usePaged(listed, PAGE_SIZE, JSON.stringify(filter))
  const parkList = parks.data ?? []
  const parkName = new Map(parkList.map((p) => [p.id, p.name]))
  const any = t('investment.any')

  return (
    <Page title={t('investment.projects.title')}>
      <Banner>{t('investment.projects.intro')}</Banner>
      <View className='wst-filters'>
        <PlaceFilter
          id='projects-industry'
          label={t('investment.filter.chain')}
          values={INDUSTRY_CHAINS}
          valueLabel={(c) => chainText(t, c)}
          any={any}
          value={filter.industry}
          onChange={(industry) => set({ industry })}
        />
        <PlaceFilter
          id='projects-park'
          label={t('investment.filter.park')}
          values={parkList.map((p) => p.id)}
          valueLabel={(id) => parkName.get(id) ?? id}
          any={any}
          value={filter.park}
          onChange={(park) => set({ park })}
        />
        <PlaceFilter
          id='projects-district'
          label={t('investment.filter.district')}
          values={JIANGMEN_DISTRICTS}
          valueLabel={(d) => districtText(t, d)}
          any={any}
          value={filter.district}
          onChange={(district) => set({ district })}
        />
        <Field label={t('investment.filter.scale')}>
          <ChipGroup
            kind='single'
            label={t('investment.filter.scale')}
            options={chips(SCALE_BANDS, (b) => t(`investment.scale.${b}`), any)}
            value={filter.scale ?? ''}
            onChange={(scale) => set({ scale: scale || undefined })}
          />
        </Field>
        <Field label={t('investment.filter.kind')}>
          <ChipGroup
            kind='single'
            label={t('investment.filter.kind')}
            options={chips(PROJECT_KINDS, (k) => t(`investment.kindFilter.${k}`), any)}
            value={filter.kind ?? ''}
            onChange={(kind) => set({ kind: kind || undefined })}
          />
        </Field>
      </View>
      <AsyncView query={projects} t={t}>
        {() => (
          <Section title={t('investment.projects.count', { count: listed.length })}>
            {listed.length === 0 ? <Empty message={t('investment.projects.empty')} /> : null}
            {paged.shown.map((p) => (
              <ProjectRow key={p.id} t={t} project={p} parkName={parkName.get(p.park)} />
            ))}
            <LoadMore paged={paged} t={t} />
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}
