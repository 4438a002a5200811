import { Picker, View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { AUDIENCES, type Audience } from '@/core/gov-services/types'
import { ErrorView } from '@/components/error-view'
import { Page } from '@/components/page'
import { Empty, Section } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import { useTranslate } from '@/components/use-translate'
import { useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { govApi } from '../../api'
import { ServiceRow } from '../../components/service-row'
import { govMessages } from '../../i18n'
import { PAGE_SIZE } from '../../model'
import './index.scss'
import { oneOf, useRouteParam } from '@/platform/route-params'

const AUDIENCE_FILTERS: (Audience | '')[] = ['', ...AUDIENCES]

export default function Catalogue() {
  const t = useTranslate(govMessages)
  const locale = useSettings((s) => s.locale)
  const zone = useZone((s) => s.zoneId)
  const featured = useRouteParam('featured') === '1'
  const [audience, setAudience] = useState<Audience | ''>(useRouteParam('audience', oneOf(AUDIENCES)) ?? '')
  const [themeId, setThemeId] = useState(useRouteParam('theme') ?? '')
  const department = useRouteParam('department')
  const [departmentId, setDepartmentId] = useState(department && department !== 'all' ? department : '')
  const [shown, setShown] = useState(PAGE_SIZE)

  const filters = useAsync(() => Promise.all([govApi.listThemes(locale), govApi.listDepartments(locale)]), [locale])
  const list = useAsync(
    () =>
      govApi.listServices(
        {
          zone,
          featured,
          audience: audience || undefined,
          themeId: themeId || undefined,
          departmentId: departmentId || undefined
        },
        locale
      ),
    [zone, featured, audience, themeId, departmentId, locale]
  )
  useReachBottom(() => setShown((n) => n + PAGE_SIZE))

  const [themes, departments] = filters.data ?? [[], []]
  const themeOptions = useMemo(() => themes.filter((th) => !audience || th.audience === audience), [themes, audience])
  const themeNames = [t('gov.filter.anyTheme'), ...themeOptions.map((th) => th.name)]
  const departmentNames = [t('gov.filter.anyDepartment'), ...departments.map((d) => d.name)]
  const services = list.data ?? []

  return (
    <Page title={featured ? t('gov.catalogue.featuredTitle') : t('gov.catalogue.title')}>
      <View className='catalogue__filters'>
        <View className='catalogue__tabs' role='tablist' aria-label={t('gov.filter.audience')}>
          {AUDIENCE_FILTERS.map((a) => (
            <View
              key={a || 'all'}
              role='tab'
              aria-selected={audience === a}
              className={`catalogue__tab ${audience === a ? 'catalogue__tab--on' : ''}`}
              onClick={() => {
                setAudience(a)
                setThemeId('')
                setShown(PAGE_SIZE)
              }}
            >
              {a ? t(`gov.audience.${a}`) : t('gov.filter.all')}
            </View>
          ))}
        </View>
        <View className='catalogue__pickers'>
          <Picker
            mode='selector'
            range={themeNames}
            value={Math.max(0, themeOptions.findIndex((th) => th.id === themeId) + 1)}
            onChange={(e) => setThemeId(themeOptions[Number(e.detail.value) - 1]?.id ?? '')}
          >
            <View className='catalogue__picker'>
              {t('gov.labelValue', {
                label: t('gov.filter.theme'),
                value: themeNames[themeOptions.findIndex((th) => th.id === themeId) + 1] ?? themeNames[0]
              })}{' '}
              ▾
            </View>
          </Picker>
          <Picker
            mode='selector'
            range={departmentNames}
            value={Math.max(0, departments.findIndex((d) => d.id === departmentId) + 1)}
            onChange={(e) => setDepartmentId(departments[Number(e.detail.value) - 1]?.id ?? '')}
          >
            <View className='catalogue__picker'>
              {t('gov.labelValue', {
                label: t('gov.filter.department'),
                value: departmentNames[departments.findIndex((d) => d.id === departmentId) + 1] ?? departmentNames[0]
              })}{' '}
              ▾
            </View>
          </Picker>
        </View>
      </View>
      {list.error ? (
        <ErrorView t={t} error={list.error} onRetry={list.reload} />
      ) : list.loading && !list.data ? (
        <Empty message={t('common.loading')} />
      ) : services.length === 0 ? (
        <Empty message={t('gov.catalogue.empty')} />
      ) : (
        <Section title={t('gov.catalogue.count', { count: services.length })}>
          {services.slice(0, shown).map((s) => (
            <ServiceRow key={s.id} service={s} t={t} />
          ))}
          {services.length > shown ? (
            <View className='catalogue__more' onClick={() => setShown((n) => n + PAGE_SIZE)}>
              {t('gov.catalogue.more', { count: services.length - shown })}
            </View>
          ) : null}
        </Section>
      )}
    </Page>
  )
}
