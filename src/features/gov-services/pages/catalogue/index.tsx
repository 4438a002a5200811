import { Picker, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { AUDIENCES, type Audience, type ServiceSummary } from '@/core/gov-services/types'
import { availableInZone, type ZoneScope } from '@/core/gov-services/zone-scope'
import type { Translate } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import { ChipGroup } from '@/components/chip-group'
import { LoadMore } from '@/components/load-more'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { usePaged } from '@/components/use-paged'
import { useTranslate } from '@/components/use-translate'
import { useZone } from '@/stores/zone'
import { topicOf, zoneById } from '@/zones'
import { useDepartments, useServices, useThemes } from '../../api'
import { ServiceRow } from '../../components/service-row'
import { govMessages } from '../../i18n'
import { PAGE_SIZE } from '../../model'
import './index.scss'
import { oneOf, useRouteParam } from '@/platform/route-params'

const AUDIENCE_FILTERS: (Audience | '')[] = ['', ...AUDIENCES]

export default function Catalogue() {
  const t = useTranslate(govMessages)
  const zone = zoneById(useZone((s) => s.zoneId))
  const featured = useRouteParam('featured') === '1'
  // 本专区可办 by default; the 江门专区 (Jiangmen alone) offers everything, so it has no switch
  const hasScope = zone.cities.length > 1
  const [scope, setScope] = useState<ZoneScope>(useRouteParam('scope') === 'all' ? 'all' : 'zone')
  // a zone topic that lists items (src/zones): those items, in the topic's order, whichever scope
  const topic = topicOf(zone, useRouteParam('topic') ?? '')
  const topicIds = topic && 'services' in topic.to ? topic.to.services : undefined
  const [audience, setAudience] = useState<Audience | ''>(useRouteParam('audience', oneOf(AUDIENCES)) ?? '')
  const [themeId, setThemeId] = useState(useRouteParam('theme') ?? '')
  const department = useRouteParam('department')
  const [departmentId, setDepartmentId] = useState(department && department !== 'all' ? department : '')

  const filter = {
    zone: zone.id,
    scope: topicIds || !hasScope ? ('all' as const) : scope,
    featured,
    audience: audience || undefined,
    themeId: themeId || undefined,
    departmentId: departmentId || undefined
  }
  const services = useServices(filter)
  const listed = useMemo(() => inTopic(services.data ?? [], topicIds), [services.data, topicIds])
  const paged = usePaged(listed, PAGE_SIZE, JSON.stringify(filter))
  const themes = useThemes().data
  const themeOptions = useMemo(
    () => (themes ?? []).filter((th) => !audience || th.audience === audience),
    [themes, audience]
  )

  return (
    <Page title={topic ? t(topic.titleKey) : featured ? t('gov.catalogue.featuredTitle') : t('gov.catalogue.title')}>
      <View className='catalogue__filters'>
        {hasScope && !topicIds ? (
          <ChipGroup
            kind='tabs'
            label={t('gov.catalogue.scope')}
            options={[
              { value: 'zone' as const, label: t('gov.catalogue.scopeZone') },
              { value: 'all' as const, label: t('gov.catalogue.scopeAll') }
            ]}
            value={scope}
            onChange={setScope}
          />
        ) : null}
        {hasScope && !topicIds && scope === 'zone' ? (
          <Text className='catalogue__scope-note'>
            {t('gov.catalogue.scopeNote', { cities: zone.cities.map((c) => t(`city.${c}`)).join('、') })}
          </Text>
        ) : null}
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
        {() => (
          <Section title={t('gov.catalogue.count', { count: listed.length })}>
            {listed.length === 0 ? <Text className='catalogue__empty'>{t('gov.catalogue.topicEmpty')}</Text> : null}
            {paged.shown.map((s) => (
              <ServiceRow key={s.id} service={s} t={t} outOfZone={hasScope && !availableInZone(s, zone)} />
            ))}
            <LoadMore paged={paged} t={t} />
          </Section>
        )}
      </AsyncView>
    </Page>
  )
}

/** the items of a zone topic, in the topic's order; every item when there is no topic */
function inTopic(list: ServiceSummary[], ids: string[] | undefined): ServiceSummary[] {
  if (!ids) return list
  const byId = new Map(list.map((s) => [s.id, s]))
  return ids.map((id) => byId.get(id)).filter((s): s is ServiceSummary => s !== undefined)
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
