// One question of the self-check, as the shared questionnaire control draws it (components/fact-question): chips
// for a choice or a yes / no (with 不清楚), the platforms several at once, the skill level as its named levels, the
// date picker for a date, a number or a year field that says what it accepts.
import type { FactValue } from '@/core/rules'
import { validAnswer } from '@/core/talent/eligibility'
import { SKILL_LEVELS, TALENT_FACTS, type TalentFact, type TalentFactName } from '@/core/talent/types'
import type { Translate } from '@/core/i18n'
import { FactQuestion, type QuestionSpec } from '@/components/fact-question'

interface QuestionProps {
  t: Translate
  fact: TalentFactName
  /** the question as asked, e.g. with the city for a question about 本市 */
  label: string
  value: FactValue | undefined
  today: string
  onChange(value: FactValue | undefined): void
}

/** the employer's platforms: several at once */
const MULTIPLE: readonly TalentFactName[] = ['employerPlatform']

function specOf(t: Translate, fact: TalentFactName, today: string): QuestionSpec {
  const f: TalentFact = TALENT_FACTS[fact]
  const options = (values: readonly (string | number)[]) =>
    values.map((v) => ({ value: String(v), label: t(`talent.value.${fact}.${v}`) }))
  if (MULTIPLE.includes(fact))
    return { kind: 'multiple', options: options(f.values ?? []), hint: t('talent.check.platformsHint') }
  if (fact === 'skillLevel') return { kind: 'choice', options: options(SKILL_LEVELS), read: Number }
  if (f.kind === 'choice') return { kind: 'choice', options: options(f.values ?? []) }
  if (f.kind === 'boolean') return { kind: 'boolean' }
  if (f.kind === 'date') return { kind: 'date', end: today }
  const year = f.kind === 'year'
  const [min, max] = f.range ?? [0, 999]
  return {
    kind: 'number',
    maxlength: year ? 4 : 3,
    hint: year ? undefined : t('talent.check.numberHint', { min, max }),
    read: (text) =>
      /^\d+$/.test(text) && validAnswer(fact, Number(text))
        ? { value: Number(text) }
        : { error: year ? t('talent.check.yearError') : t('talent.check.numberError', { min, max }) }
  }
}

export function Question({ t, fact, label, value, today, onChange }: QuestionProps) {
  return (
    <FactQuestion
      label={label}
      spec={specOf(t, fact, today)}
      words={{
        yes: t('talent.check.yes'),
        no: t('talent.check.no'),
        skip: t('talent.check.skip'),
        pick: t('talent.check.pick')
      }}
      value={value}
      onChange={onChange}
    />
  )
}
