import { Picker, Text, View } from '@tarojs/components'
import { idAttr } from '@/components/a11y'

export interface FilterOption<V extends string> {
  /** '' for no filter (the first option) */
  value: V | ''
  label: string
}

interface FilterPickerProps<V extends string> {
  id: string
  label: string
  options: readonly FilterOption<V>[]
  value: V | ''
  onChange(value: V | ''): void
}

/** a filter with many values (行业, 地区) in the platform's own picker; its label and choice in its text */
export function FilterPicker<V extends string>({ id, label, options, value, onChange }: FilterPickerProps<V>) {
  const index = Math.max(
    0,
    options.findIndex((o) => o.value === value)
  )
  const shown = `${label}：${options[index].label}`
  return (
    <Picker
      mode='selector'
      range={options.map((o) => o.label)}
      className='talent-jobs__picker-slot'
      value={index}
      onChange={(e) => onChange(options[Number(e.detail.value)]?.value ?? '')}
    >
      <View className='talent-jobs__picker' {...idAttr(id)} role='button' aria-label={shown}>
        <Text>{shown}</Text>
        <Text aria-hidden>▾</Text>
      </View>
    </Picker>
  )
}
