import { Text, View } from '@tarojs/components'
import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import { useBundle } from '../../api'
import { govMessages } from '../../i18n'

export default function BundlePage() {
  const t = useTranslate(govMessages)
  const bundle = useBundle(useRouteParam('id') ?? '')

  return (
    <Page title={bundle.data?.name ?? t('gov.bundle.title')}>
      <AsyncView query={bundle} t={t}>
        {(b) => (
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
                  onClick={() => go(routes.guide(step.serviceId, b.services[i].situation))}
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
      </AsyncView>
    </Page>
  )
}
