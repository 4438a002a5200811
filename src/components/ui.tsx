import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { IconName, IconTone } from '@/core/icons'
import './ui.scss'
// the chip and banner looks live beside their blocks; markup that uses their classes directly still gets them
import './chip-group.scss'
import './banner.scss'

interface SectionProps {
  title?: string
  extra?: ReactNode
  children: ReactNode
}

export function Section({ title, extra, children }: SectionProps) {
  return (
    <View className='wst-section'>
      {title || extra ? (
        <View className='wst-section__head'>
          {title ? <Text className='wst-section__title'>{title}</Text> : null}
          {extra}
        </View>
      ) : null}
      <View className='wst-section__body'>{children}</View>
    </View>
  )
}

interface CellProps {
  title: ReactNode
  subtitle?: ReactNode
  extra?: ReactNode
  onClick?: () => void
}

export function Cell({ title, subtitle, extra, onClick }: CellProps) {
  return (
    <View
      className={`wst-cell ${onClick ? 'wst-cell--link' : ''}`}
      onClick={onClick}
      hoverClass={onClick ? 'wst-cell--pressed' : 'none'}
    >
      <View className='wst-cell__main'>
        <View className='wst-cell__title'>{title}</View>
        {subtitle ? <View className='wst-cell__subtitle'>{subtitle}</View> : null}
      </View>
      {extra ? <View className='wst-cell__extra'>{extra}</View> : null}
      {onClick ? <Text className='wst-cell__arrow'>›</Text> : null}
    </View>
  )
}

export function Tag({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'ok' | 'warn' | 'muted' }) {
  return <Text className={`wst-tag wst-tag--${tone}`}>{children}</Text>
}

interface EmptyProps {
  message: string
  action?: ReactNode
}

export function Empty({ message, action }: EmptyProps) {
  return (
    <View className='wst-empty'>
      <Text className='wst-empty__text'>{message}</Text>
      {action}
    </View>
  )
}

export interface GridItem {
  key: string
  label: string
  icon: IconName
  onClick: () => void
}

/** an icon of src/core/icons.ts, drawn by a build-time CSS class; decorative, its control carries the name */
export function Icon({ name, tone, className = '' }: { name: IconName; tone: IconTone; className?: string }) {
  return <View className={`wst-icon wst-icon--${name} wst-icon--${tone} ${className}`} aria-hidden='true' />
}

/** the icon grid of the home and services pages */
export function Grid({ items }: { items: GridItem[] }) {
  return (
    <View className='wst-grid'>
      {items.map((item) => (
        <View
          key={item.key}
          className='wst-grid__item'
          role='button'
          onClick={item.onClick}
          hoverClass='wst-grid__item--pressed'
        >
          <View className='wst-grid__icon'>
            <Icon name={item.icon} tone='light' />
          </View>
          <Text className='wst-grid__label'>{item.label}</Text>
        </View>
      ))}
    </View>
  )
}

interface FieldProps {
  label: string
  error?: string
  hint?: string
  /** a required field: the word its control is named with (必填); the label shows a * (the form says what it means) */
  required?: string
  children: ReactNode
}

/** a form field with its label and, right below, its specific error message */
export function Field({ label, error, hint, required, children }: FieldProps) {
  return (
    <View className={`wst-field ${error ? 'wst-field--error' : ''}`}>
      <Text className='wst-field__label'>
        {label}
        {required ? (
          <Text className='wst-field__required' aria-hidden>
            {' *'}
          </Text>
        ) : null}
      </Text>
      <View className='wst-field__control'>{children}</View>
      {error ? (
        <View className='wst-field__error' role='alert'>
          {error}
        </View>
      ) : hint ? (
        <Text className='wst-field__hint'>{hint}</Text>
      ) : null}
    </View>
  )
}
