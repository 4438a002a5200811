import { Input, Textarea } from '@tarojs/components'
import type { ReactNode } from 'react'
import { accessibleName, idAttr } from './a11y'
import { Field } from './ui'

export interface TextFieldProps {
  /** the id of the control */
  id?: string
  label: string
  value: string
  placeholder?: string
  /** from the rule that checks the field (core's limits), never a number of its own */
  maxlength?: number
  /** the keyboard to show */
  type?: 'text' | 'number' | 'idcard' | 'digit'
  /** several lines (a Textarea) */
  multiline?: boolean
  className?: string
  error?: string
  hint?: string
  /** a required field: the word its control is named with (必填), and a * on its label */
  required?: string
  onInput(value: string): void
  /** leaving the field, where its rule is checked */
  onBlur?(): void
  /** shown below the control, e.g. a link that fills it in */
  children?: ReactNode
}

/** a text input inside a labelled form field, named by its label for screen readers */
export function TextField({
  id,
  label,
  value,
  placeholder,
  maxlength,
  type = 'text',
  multiline = false,
  className = '',
  error,
  hint,
  required,
  onInput,
  onBlur,
  children
}: TextFieldProps) {
  const common = {
    ...idAttr(id),
    className: `wst-input ${className}`,
    value,
    placeholder,
    maxlength,
    ...accessibleName(required ? `${label}（${required}）` : label),
    onInput: (e: { detail: { value: string } }) => onInput(e.detail.value),
    onBlur: () => onBlur?.()
  }
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      {multiline ? <Textarea {...common} /> : <Input {...common} type={type} />}
      {children}
    </Field>
  )
}
