// One question of a questionnaire whose answers a rule reads (人才资格自测, 企业画像), drawn by its kind: chips for a
// choice or a yes / no (with 不清楚, which leaves it unknown), chips for several values at once, the date picker for
// a date, and a number field that keeps what was typed until it is an answer the question allows, saying which.
// The module describes the question (its options, its number rule) and gives the words; the control is here once.
import { useState } from 'react'
import type { FactValue } from '@/core/rules'
import { ChipGroup, type ChipOption } from './chip-group'
import { DateField } from './date-field'
import { TextField } from './text-field'
import { Field } from './ui'

/** what a number field made of the text typed: an answer, or the message that says what it accepts */
export type NumberReading = { value: number | undefined; error?: undefined } | { value?: undefined; error: string }

export type QuestionSpec =
  /** one value of the options; `read` turns a chip's value into the answer (a number for a level, say) */
  | { kind: 'choice'; options: readonly ChipOption<string>[]; read?(value: string): FactValue }
  /** any number of the options; none chosen is no answer */
  | { kind: 'multiple'; options: readonly ChipOption<string>[]; hint?: string }
  | { kind: 'boolean' }
  /** a day, up to `end` */
  | { kind: 'date'; end?: string }
  /** `read` is given the trimmed text, never '' */
  | {
      kind: 'number'
      maxlength: number
      hint?: string
      keyboard?: 'number' | 'digit'
      read(text: string): NumberReading
    }

/** the words every question uses, from the module's catalogue */
export interface QuestionWords {
  yes: string
  no: string
  /** 不清楚: the answer left unknown */
  skip: string
  /** 请选择, a date not chosen yet */
  pick: string
}

export interface FactQuestionProps {
  /** the question as asked */
  label: string
  spec: QuestionSpec
  words: QuestionWords
  value: FactValue | undefined
  onChange(value: FactValue | undefined): void
}

const UNKNOWN = '?'

export function FactQuestion({ label, spec, words, value, onChange }: FactQuestionProps) {
  if (spec.kind === 'multiple') {
    const chosen = Array.isArray(value) ? (value as string[]) : []
    return (
      <Field label={label} hint={spec.hint}>
        <ChipGroup
          kind='multiple'
          label={label}
          options={spec.options}
          value={chosen}
          onChange={(next) => onChange(next.length ? next : undefined)}
        />
      </Field>
    )
  }
  if (spec.kind === 'choice' || spec.kind === 'boolean') {
    const options =
      spec.kind === 'boolean'
        ? [
            { value: 'true', label: words.yes },
            { value: 'false', label: words.no }
          ]
        : spec.options
    const read = (v: string): FactValue | undefined =>
      v === UNKNOWN ? undefined : spec.kind === 'boolean' ? v === 'true' : spec.read ? spec.read(v) : v
    return (
      <Field label={label}>
        <ChipGroup
          kind='single'
          label={label}
          options={[...options, { value: UNKNOWN, label: words.skip }]}
          value={value === undefined ? UNKNOWN : String(value)}
          onChange={(v) => onChange(read(v))}
        />
      </Field>
    )
  }
  if (spec.kind === 'date')
    return (
      <DateField
        label={label}
        value={typeof value === 'string' ? value : ''}
        precision='day'
        end={spec.end}
        placeholder={words.pick}
        onChange={(v) => onChange(v || undefined)}
      />
    )
  return <NumberQuestion label={label} spec={spec} value={value} onChange={onChange} />
}

function NumberQuestion({
  label,
  spec,
  value,
  onChange
}: Omit<FactQuestionProps, 'words' | 'spec'> & { spec: Extract<QuestionSpec, { kind: 'number' }> }) {
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '')
  const reading = text.trim() === '' ? undefined : spec.read(text.trim())
  return (
    <TextField
      label={label}
      value={text}
      type={spec.keyboard ?? 'number'}
      maxlength={spec.maxlength}
      hint={spec.hint}
      error={reading?.error}
      onInput={(v) => {
        setText(v)
        const next = v.trim()
        // an answer the question does not allow counts as none, never as a wrong one
        onChange(next === '' ? undefined : spec.read(next).value)
      }}
    />
  )
}
