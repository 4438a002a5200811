// One question of the self-check, drawn by the kind of its fact: chips for a choice or a yes / no (with 不清楚,
// which leaves it unknown), the date picker for a date, a number field that says what it accepts.
import { useState } from 'react'
import type { FactValue } from '@/core/rules'
import { validAnswer } from '@/core/talent/eligibility'
import { SKILL_LEVELS, TALENT_FACTS, type TalentFact, type TalentFactName } from '@/core/talent/types'
import type { Translate } from '@/core/i18n'
import { ChipGroup } from '@/components/chip-group'
import { DateField } from '@/components/date-field'
import { TextField } from '@/components/text-field'
import { Field } from '@/components/ui'

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
const UNKNOWN = '?'

export function Question({ t, fact, label, value, today, onChange }: QuestionProps) {
  const f: TalentFact = TALENT_FACTS[fact]
  if (MULTIPLE.includes(fact)) {
    const chosen = Array.isArray(value) ? (value as string[]) : []
    return (
      <Field label={label} hint={t('talent.check.platformsHint')}>
        <ChipGroup
          kind='multiple'
          label={label}
          options={(f.values ?? []).map((v) => ({ value: v, label: t(`talent.value.${fact}.${v}`) }))}
          value={chosen}
          onChange={(next) => onChange(next.length ? next : undefined)}
        />
      </Field>
    )
  }
  if (f.kind === 'choice' || f.kind === 'boolean' || fact === 'skillLevel') {
    const options =
      f.kind === 'boolean'
        ? [
            { value: 'true', label: t('talent.check.yes') },
            { value: 'false', label: t('talent.check.no') }
          ]
        : (fact === 'skillLevel' ? SKILL_LEVELS.map(String) : (f.values ?? [])).map((v) => ({
            value: v,
            label: t(`talent.value.${fact}.${v}`)
          }))
    const read = (v: string): FactValue | undefined =>
      v === UNKNOWN ? undefined : f.kind === 'boolean' ? v === 'true' : fact === 'skillLevel' ? Number(v) : v
    return (
      <Field label={label}>
        <ChipGroup
          kind='single'
          label={label}
          options={[...options, { value: UNKNOWN, label: t('talent.check.skip') }]}
          value={value === undefined ? UNKNOWN : String(value)}
          onChange={(v) => onChange(read(v))}
        />
      </Field>
    )
  }
  if (f.kind === 'date')
    return (
      <DateField
        label={label}
        value={typeof value === 'string' ? value : ''}
        precision='day'
        end={today}
        placeholder={t('talent.check.pick')}
        onChange={(v) => onChange(v || undefined)}
      />
    )
  return <NumberQuestion t={t} fact={fact} label={label} value={value} onChange={onChange} />
}

/** a number or a year: kept as typed until it is one the question allows, with a message saying which */
function NumberQuestion({ t, fact, label, value, onChange }: Omit<QuestionProps, 'today'>) {
  const f: TalentFact = TALENT_FACTS[fact]
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '')
  const [range] = useState(() => (f.kind === 'year' ? ([1950, 2100] as const) : (f.range ?? [0, 999])))
  const n = Number(text)
  const ok = text.trim() === '' || validAnswer(fact, /^\d+$/.test(text.trim()) ? n : NaN)
  const error = ok
    ? undefined
    : f.kind === 'year'
      ? t('talent.check.yearError')
      : t('talent.check.numberError', { min: range[0], max: range[1] })
  return (
    <TextField
      label={label}
      value={text}
      type='number'
      maxlength={f.kind === 'year' ? 4 : 3}
      hint={f.kind === 'year' ? undefined : t('talent.check.numberHint', { min: range[0], max: range[1] })}
      error={error}
      onInput={(v) => {
        setText(v)
        const next = v.trim()
        // an answer the question does not allow counts as none, never as a wrong one
        onChange(/^\d+$/.test(next) && validAnswer(fact, Number(next)) ? Number(next) : undefined)
      }}
    />
  )
}
