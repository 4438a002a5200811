import { Picker, Text, View } from '@tarojs/components'
import { idAttr } from './a11y'
import { Field } from './ui'
import './select-field.scss'

export interface DateFieldProps {
  id?: string
  label: string
  /** 'YYYY-MM-DD' for a day, 'YYYY-MM' for a month; '' while nothing is chosen */
  value: string
  precision: 'day' | 'month'
  /** the latest selectable value, in the same form */
  end?: string
  placeholder: string
  /** a required field: the word its control is named with (必填), and a * on its label */
  required?: string
  error?: string
  hint?: string
  onChange(value: string): void
}

/** a date or a month in the platform's own date picker, inside a labelled form field */
export function DateField({
  id,
  label,
  value,
  precision,
  end,
  placeholder,
  required,
  error,
  hint,
  onChange
}: DateFieldProps) {
  const shown = value || placeholder
  return (
    <Field label={label} error={error} hint={hint} required={required}>
      <Picker mode='date' fields={precision} value={value} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View
          className='wst-input wst-select'
          {...idAttr(id)}
          role='button'
          aria-label={`${required ? `${label}（${required}）` : label} ${shown}`}
        >
          <Text className={`wst-select__value ${value ? '' : 'wst-select__value--empty'}`}>{shown}</Text>
          <Text className='wst-select__arrow' aria-hidden>
            {' ▾'}
          </Text>
        </View>
      </Picker>
    </Field>
  )
}
