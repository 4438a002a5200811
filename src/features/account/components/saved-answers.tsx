import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { formatShanghai } from '@/core/calendar/shanghai-time'
import type { Translate } from '@/core/i18n'
import { cleanProfile } from '@/core/investment/matching'
import { COMPANY_FACT_NAMES, COMPANY_FACTS, type CompanyFactName } from '@/core/investment/types'
import { InlineConfirm } from '@/components/inline-confirm'
import { readableNumber } from '@/components/rule-reason'
import { Cell, Section } from '@/components/ui'

/** a module's answers kept in 我的信息; their strings are `profile.<part>`, `profile.<part>Saved` … */
export type AnswersPart = 'talent' | 'company'

interface SavedAnswersProps {
  t: Translate
  part: AnswersPart
  count: number
  savedAt: number
  /** the page the answers came from: it opens them again */
  onOpen(): void
  onRemove(): void
  /** what is saved, shown under the summary */
  children?: ReactNode
}

/** answers a module saved here: how many, since when, a way back to them, and deleting them alone after asking */
export function SavedAnswers({ t, part, count, savedAt, onOpen, onRemove, children }: SavedAnswersProps) {
  return (
    <>
      <Section title={t(`profile.${part}`)}>
        <Cell
          title={t(`profile.${part}Saved`, { count })}
          subtitle={t(`profile.${part}SavedAt`, { date: formatShanghai(savedAt, 'YYYY-MM-DD') })}
          onClick={onOpen}
        />
        {children}
      </Section>
      <View className='wst-prose'>
        <InlineConfirm
          look='block'
          label={t(`profile.${part}Delete`)}
          question={t(`profile.${part}DeleteQuestion`)}
          confirmLabel={t('profile.deleteConfirm')}
          cancelLabel={t('profile.deleteCancel')}
          onConfirm={() => {
            onRemove()
            void Taro.showToast({ title: t(`profile.${part}Deleted`), icon: 'none' })
          }}
        />
      </View>
    </>
  )
}

/**
 * the 企业画像 answers as label and value, in the vocabulary's order; read through its checks (cleanProfile), so a
 * damaged or older answer is left out rather than shown wrong. The words are this module's copies of the
 * investment catalogue's (profile.companyFact.*, profile.companyValue.*), as a subpackage reads only its own.
 */
export function companyAnswerRows(t: Translate, answers: unknown): (readonly [string, string])[] {
  const profile = cleanProfile(answers)
  return COMPANY_FACT_NAMES.filter((f) => profile[f] !== undefined).map(
    (f) => [t(`profile.companyFact.${f}`), companyAnswerText(t, f, profile[f])] as const
  )
}

function companyAnswerText(t: Translate, fact: CompanyFactName, value: unknown): string {
  if (Array.isArray(value))
    return value.length ? value.map((v) => companyAnswerText(t, fact, v)).join('、') : t('profile.companyNone')
  if (typeof value === 'boolean') return t(value ? 'profile.companyYes' : 'profile.companyNo')
  const definition = COMPANY_FACTS[fact]
  if (definition.kind === 'choice') return t(`profile.companyValue.${fact}.${String(value)}`)
  if (typeof value === 'number') return `${readableNumber(value)}${t(`profile.companyUnit.${fact}`)}`
  return String(value)
}
