import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Translate } from '@/core/i18n'
import type { Judgement, LeafResult } from '@/core/rules'
import type { StatusTone } from './policy-format'
import { Tag } from './ui'
import './rule-result.scss'

export interface RuleResultProps {
  t: Translate
  /**
   * the catalogue prefix of the result's words: `<prefix>.qualified` … (the verdicts), `<prefix>.decidedBy`,
   * `<prefix>.notMet`, `<prefix>.toAnswer`
   */
  prefix: string
  title: string
  result: Judgement
  /** the benefit and amount, already worded: 补贴 · 最高 5 万元 */
  amount: string
  /** the status in words (受理中, 已失效 …), never by colour alone */
  status: { text: string; tone: StatusTone }
  /** more marks after the status (免申即享, 示例 …) */
  marks?: ReactNode
  /** one condition in words, in the module's vocabulary (components/rule-reason) */
  reasonText(r: LeafResult): string
  /** a question's name, for the ones still to answer */
  factLabel(fact: string): string
  onClick(): void
}

const VERDICT_TONE = { qualified: 'ok', near: 'warn', unknown: 'info', unmet: 'muted' } as const

/**
 * one result of an eligibility check (人才资格自测, 惠企政策匹配): its verdict, the policy, then the conditions that
 * decided it, or the ones standing in the way, or the questions still to answer
 */
export function RuleResult({
  t,
  prefix,
  title,
  result: r,
  amount,
  status,
  marks,
  reasonText,
  factLabel,
  onClick
}: RuleResultProps) {
  const met = r.verdict === 'qualified'
  return (
    <View className='wst-rule-result' role='link' hoverClass='wst-cell--pressed' onClick={onClick}>
      <View className='wst-rule-result__head'>
        <Tag tone={VERDICT_TONE[r.verdict]}>{t(`${prefix}.${r.verdict}`)}</Tag>
        <Text className='wst-rule-result__title'>{title}</Text>
      </View>
      <Text className='wst-rule-result__amount'>{amount}</Text>
      <View className='wst-rule-result__marks'>
        <Tag tone={status.tone}>{status.text}</Tag>
        {marks}
      </View>
      {r.verdict === 'unknown' ? (
        <Text className='wst-rule-result__reason'>
          {t(`${prefix}.toAnswer`, { questions: r.unanswered.map(factLabel).join('、') })}
        </Text>
      ) : (
        <View className='wst-rule-result__reasons'>
          <Text className='wst-rule-result__why'>{t(met ? `${prefix}.decidedBy` : `${prefix}.notMet`)}</Text>
          {r.reasons.map((reason, i) => (
            <Text key={i} className={`wst-rule-result__reason wst-rule-result__reason--${met ? 'met' : 'unmet'}`}>
              {reasonText(reason)}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
