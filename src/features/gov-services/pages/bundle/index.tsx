import { Text, View } from '@tarojs/components'
import { ErrorView } from '@/components/error-view'
import { Page } from '@/components/page'
import { Cell, Empty, Section } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { useSettings } from '@/stores/settings'
import { govApi } from '../../api'
import { govMessages } from '../../i18n'
import { useRouteParam } from '@/platform/route-params'

export default function BundlePage() {
  const t = useTranslate(govMessages)
  const id = useRouteParam('id') ?? ''
  const locale = useSettings((s) => s.locale)
  const bundle = useAsync(() => govApi.getBundle(id, locale), [id, locale])
  const b = bundle.data

  return (
    <Page title={b?.name ?? t('gov.bundle.title')}>
      {bundle.error ? (
        <ErrorView t={t} error={bundle.error} onRetry={bundle.reload} />
      ) : !b ? (
        <Empty message={t('common.loading')} />
      ) : (
        <>
          <Section title={b.name}>
            <View className='wst-prose'>
              <Text className='wst-prose__p'>{b.summary}</Text>
            </View>
          </Section>
          <Section title={t('gov.bundle.order')}>
            {b.steps.map((step, i) => (
              <Cell
                key={step.serviceId}
                title={`${t('gov.bundle.step', { n: i + 1 })} ${b.services[i].name}`}
                subtitle={step.note ? `${b.services[i].departmentName}；${step.note}` : b.services[i].departmentName}
                onClick={() => go(routes.guide(step.serviceId))}
              />
            ))}
          </Section>
          <Section title={t('gov.bundle.savings')}>
            <View className='wst-prose'>
              <Text className='wst-prose__p'>{b.savings}</Text>
            </View>
          </Section>
        </>
      )}
    </Page>
  )
}
