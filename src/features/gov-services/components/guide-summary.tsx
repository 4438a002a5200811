import { Text, View } from '@tarojs/components'
import type { ServiceGuide } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { summaryFacts } from '../model'
import './guide-summary.scss'

/** 办事要点: the facts people decide by, on the first screen: time, fee, visits, materials, online or hall */
export function GuideSummary({ guide, t }: { guide: ServiceGuide; t: Translate }) {
  return (
    <View className='guide-summary' role='group' aria-label={t('gov.summary.title')}>
      {summaryFacts(guide, t).map((fact) => (
        <View key={fact.key} className={`guide-summary__fact guide-summary__fact--${fact.key}`}>
          <Text className='guide-summary__label'>{fact.label}</Text>
          <Text className='guide-summary__value'>{fact.value}</Text>
        </View>
      ))}
    </View>
  )
}
