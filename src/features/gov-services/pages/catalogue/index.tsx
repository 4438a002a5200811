import { Picker, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { AUDIENCES, type Audience } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import { ChipGroup } from '@/components/chip-group'
import { LoadMore } from '@/components/load-more'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { usePaged } from '@/components/use-paged'
import { useTranslate } from '@/components/use-translate'
import { useZone } from '@/stores/zone'
import { useDepartments, useServices, useThemes } from '../../api'
import { ServiceRow } from '../../components/service-row'
import { govMessages } from '../../i18n'
import { PAGE_SIZE } from '../../model'
import './index.scss'
import { oneOf, useRouteParam } from '@/platform/route-params'

const AUDIENCE_FILTERS: (Audience | '')[] = ['', ...AUDIENCES]

export default function Catalogue() {
  const t = useTranslate(govMessages)
  const zone = useZone((s) => s.zoneId)
  const featured = useRouteParam('featured') === '1'
  const [audience, setAudience] = useState<Audience | ''>(useRouteParam('audience', oneOf(AUDIENCES)) ?? '')
  const [themeId, setThemeId] = useState(useRouteParam('theme') ?? '')
  const department = useRouteParam('department')
  const [departmentId, setDepartmentId] = useState(department && department !== 'all' ? department : '')

  const filter = {
    zone,
    featured,
    audience: audience || undefined,
    themeId: themeId || undefined,
    departmentId: departmentId || undefined
  }
  const services = useServices(filter)
  const paged = usePaged(services.data ?? [], PAGE_SIZE, JSON.stringify(filter))
  const themes = useThemes().data
  const themeOptions = useMemo(
    () => (themes ?? []).filter((th) => !audience || th.audience === audience),
    [themes, audience]
  )

  return (
    <Page title={featured ? t('gov.catalogue.featuredTitle') : t('gov.catalogue.title')}>
      <View className='catalogue__filters'>
        <ChipGroup
          kind='tabs'
          label={t('gov.filter.audience')}
          options={AUDIENCE_FILTERS.map((a) => ({ value: a, label: a ? t(`gov.audience.${a}`) : t('gov.filter.all') }))}
          value={audience}
          onChange={(a) => {
            setAudience(a)
            setThemeId('')
          }}
        />
        <View className='catalogue__pickers'>
          <FilterPicker
            label={t('gov.filter.theme')}
            any={t('gov.filter.anyTheme')}
            options={themeOptions}
            value={themeId}
            onChange={setThemeId}
            t={t}
          />
          <FilterPicker
            label={t('gov.filter.department')}
            any={t('gov.filter.anyDepartment')}
            options={useDepartments().data ?? []}
            value={departmentId}
            onChange={setDepartmentId}
            t={t}
          />
        </View>
      </View>
      <AsyncView query={services} t={t} empty={t('gov.catalogue.empty')}>
        {(list) => (
          <Section title={t('gov.catalogue.count', { count: list.length })}>
            {paged.shown.map((s) => (
              <ServiceRow key={s.id} service={s} t={t} />
            ))}
            <LoadMore paged={paged} t={t} />
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}

interface FilterPickerProps {
  label: string
  /** the first option: no filter */
  any: string
  options: { id: string; name: string }[]
  /** the chosen id, '' for none */
  value: string
  onChange(id: string): void
  t: Translate
}

/** narrows the list to one theme or department; the native picker, with its label in its text */
function FilterPicker({ label, any, options, value, onChange, t }: FilterPickerProps) {
  const names = [any, ...options.map((o) => o.name)]
  const index = options.findIndex((o) => o.id === value) + 1
  return (
    <Picker
      mode='selector'
      range={names}
      value={index}
      onChange={(e) => onChange(options[Number(e.detail.value) - 1]?.id ?? '')}
    >
      <View className='catalogue__picker'>{`${t('gov.labelValue', { label, value: names[index] })} ▾`}</View>
    </Picker>
  )
}
