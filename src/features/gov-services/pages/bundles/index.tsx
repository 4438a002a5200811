import { Text, View } from '@tarojs/components'
import { AUDIENCES } from '@/core/gov-services/types'
import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { useBundles } from '../../api'
import { govMessages } from '../../i18n'

export default function Bundles() {
  const t = useTranslate(govMessages)
  const bundles = useBundles()

  return (
    <Page title={t('gov.bundles.title')}>
      <View className='wst-prose'>
        <Text className='wst-prose__p'>{t('gov.bundles.intro')}</Text>
      </View>
      <AsyncView query={bundles} t={t}>
        {(all) =>
          AUDIENCES.map((audience) => (
            <Section key={audience} title={t(`gov.audience.${audience}`)}>
              {all
                .filter((b) => b.audience === audience)
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
        }
      </AsyncView>
    </Page>
  )
}
