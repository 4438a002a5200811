import { Text, View } from '@tarojs/components'
import { BACKEND_KIND } from '@/backend/config'
import { Page } from '@/components/page'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'

export default function About() {
  const t = useTranslate()
  return (
    <Page title={t('about.title')}>
      <Section title={t('app.name')}>
        <View className='wst-prose'>
          <Text className='wst-prose__p'>
            {t('about.version', { version: process.env.TARO_APP_VERSION ?? '0.0.0' })}
          </Text>
          <Text className='wst-prose__p'>{t('about.desc')}</Text>
          <Text className='wst-prose__p'>{t('about.backend', { backend: t(`backend.${BACKEND_KIND}`) })}</Text>
        </View>
      </Section>
      <Section>
        <View className='wst-prose wst-prose--notice' role='note'>
          <Text className='wst-prose__p'>{t('about.sample')}</Text>
        </View>
      </Section>
    </Page>
  )
}
