import { Picker, Text, View } from '@tarojs/components'
import { idAttr } from './a11y'
import type { ReactNode } from 'react'
import { Field } from './ui'
import './select-field.scss'

export interface SelectFieldProps<T> {
  /** the id of the box that opens the picker */
  id?: string
  label: string
  options: readonly T[]
  /** the chosen option; undefined, or one not among the options, shows the placeholder */
  value: T | undefined
  optionLabel(option: T): string
  /** shown while nothing is chosen */
  placeholder?: string
  error?: string
  hint?: string
  /** a required field: the word its control is named with (必填), and a * on its label */
  required?: string
  onChange(option: T): void
  /** shown below the picker, e.g. what the chosen option means */
  children?: ReactNode
}

/** a choice of one option in the platform's own picker, inside a labelled form field */
export function SelectField<T>({
  id,
  label,
  options,
  value,
  optionLabel,
  placeholder = '',
  error,
  hint,
  required,
  onChange,
  children
}: SelectFieldProps<T>) {
  const index = value === undefined ? -1 : options.indexOf(value)
  const shown = index >= 0 ? optionLabel(options[index]) : placeholder
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      <Picker
        mode='selector'
        range={options.map(optionLabel)}
        value={Math.max(0, index)}
        onChange={(e) => onChange(options[Number(e.detail.value)])}
      >
        <View
          className='wst-input wst-select'
          {...idAttr(id)}
          role='button'
          aria-label={`${required ? `${label}（${required}）` : label} ${shown}`}
        >
          <Text className='wst-select__value'>{shown}</Text>
          <Text className='wst-select__arrow' aria-hidden>
            {' ▾'}
          </Text>
        </View>
      </Picker>
      {children}
    </Field>
  )
}
