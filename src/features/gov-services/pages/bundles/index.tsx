import { Text, View } from '@tarojs/components'
import { AUDIENCES } from '@/core/gov-services/types'
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

export default function Bundles() {
  const t = useTranslate(govMessages)
  const locale = useSettings((s) => s.locale)
  const bundles = useAsync(() => govApi.listBundles(locale), [locale])

  return (
    <Page title={t('gov.bundles.title')}>
      <View className='wst-prose'>
        <Text className='wst-prose__p'>{t('gov.bundles.intro')}</Text>
      </View>
      {bundles.error ? (
        <ErrorView t={t} error={bundles.error} onRetry={bundles.reload} />
      ) : !bundles.data ? (
        <Empty message={t('common.loading')} />
      ) : (
        AUDIENCES.map((audience) => (
          <Section key={audience} title={t(`gov.audience.${audience}`)}>
            {bundles.data
              ?.filter((b) => b.audience === audience)
              .map((b) => (
                <Cell
                  key={b.id}
                  title={b.name}
                  subtitle={b.summary}
                  extra={t('gov.bundles.steps', { count: b.steps.length })}
                  onClick={() => go(routes.bundle(b.id))}
                />
              ))}
          </Section>
        ))
      )}
    </Page>
  )
}
