import { SelectField } from '@/components/select-field'

interface PlaceFilterProps<V extends string> {
  id: string
  /** the filter's visible label (产业链, 所在地区 …), also its accessible name */
  label: string
  values: readonly V[]
  /** how a value reads */
  valueLabel(value: V): string
  /** the first option, for no filter */
  any: string
  value: V | undefined
  onChange(value: V | undefined): void
}

/** a filter of many values (产业链, 地区, 园区) in the platform's own picker, 不限 first, inside a labelled field */
export function PlaceFilter<V extends string>({
  id,
  label,
  values,
  valueLabel,
  any,
  value,
  onChange
}: PlaceFilterProps<V>) {
  const options = [
    { value: undefined as V | undefined, label: any },
    ...values.map((v) => ({ value: v as V | undefined, label: valueLabel(v) }))
  ]
  return (
    <SelectField
      id={id}
      label={label}
      options={options}
      value={options.find((o) => o.value === value) ?? options[0]}
      optionLabel={(o) => o.label}
      onChange={(o) => onChange(o.value)}
    />
  )
}
