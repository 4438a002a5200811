import { Text, View } from '@tarojs/components'
import { idAttr } from './a11y'
import './chip-group.scss'

export interface ChipOption<V extends string | number> {
  value: V
  label: string
  /** a second, smaller line (places left, say) */
  note?: string
  /** shown, but cannot be chosen */
  disabled?: boolean
}

interface ChipGroupBase<V extends string | number> {
  /** the group's accessible name (what the choice is about) */
  label: string
  options: readonly ChipOption<V>[]
  className?: string
  id?: string
}

/**
 * - tabs: a filter that switches what the page lists (tablist / tab)
 * - single: one value of a form (radiogroup / radio)
 * - multiple: any number of values (group / checkbox)
 * - actions: each chip does something, nothing stays chosen (group / button)
 */
export type ChipGroupProps<V extends string | number> = ChipGroupBase<V> &
  (
    | { kind: 'tabs' | 'single'; value: NoInfer<V> | null | undefined; onChange(value: NoInfer<V>): void }
    | { kind: 'multiple'; value: readonly NoInfer<V>[]; onChange(value: NoInfer<V>[]): void }
    | { kind: 'actions'; onPick(value: NoInfer<V>): void }
  )

const ROLES = {
  tabs: ['tablist', 'tab'],
  single: ['radiogroup', 'radio'],
  multiple: ['group', 'checkbox'],
  actions: ['group', 'button']
} as const

/** choices side by side; the chosen ones are marked by colour and weight, and announced as chosen */
export function ChipGroup<V extends string | number>(props: ChipGroupProps<V>) {
  const { kind, label, options, className = '', id } = props
  const [groupRole, chipRole] = ROLES[kind]
  const isOn = (value: V) =>
    props.kind === 'multiple' ? props.value.includes(value) : props.kind === 'actions' ? false : props.value === value
  const pick = (value: V) => {
    if (props.kind === 'multiple')
      props.onChange(props.value.includes(value) ? props.value.filter((v) => v !== value) : [...props.value, value])
    else if (props.kind === 'actions') props.onPick(value)
    else props.onChange(value)
  }

  return (
    <View className={`wst-chips wst-chips--${kind} ${className}`} role={groupRole} aria-label={label} {...idAttr(id)}>
      {options.map((option) => {
        const on = isOn(option.value)
        const state = kind === 'actions' ? {} : kind === 'tabs' ? { 'aria-selected': on } : { 'aria-checked': on }
        return (
          <View
            key={option.value}
            role={chipRole}
            {...state}
            aria-disabled={option.disabled || undefined}
            className={`wst-chip ${on ? 'wst-chip--on' : ''} ${option.disabled ? 'wst-chip--off' : ''}`}
            hoverClass={option.disabled ? 'none' : 'wst-chip--pressed'}
            onClick={() => !option.disabled && pick(option.value)}
          >
            <Text>{option.label}</Text>
            {option.note ? <Text className='wst-chip__note'>{option.note}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
