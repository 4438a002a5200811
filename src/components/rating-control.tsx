import { View } from '@tarojs/components'
import { RATING_LEVELS, type RatingLevel } from '@/core/domain'
import './rating-control.scss'

export interface RatingControlProps {
  /** the group's accessible name, e.g. the question it answers */
  label: string
  value: RatingLevel | null
  /** the words of a level (the module's catalogue holds them) */
  levelLabel(level: RatingLevel): string
  /** a level counted as 差评, marked as such when chosen */
  isBad?(level: RatingLevel): boolean
  onChange(level: RatingLevel): void
}

/** one of the five levels, as a row of radio chips */
export function RatingControl({ label, value, levelLabel, isBad, onChange }: RatingControlProps) {
  return (
    <View className='wst-rating' role='radiogroup' aria-label={label}>
      {RATING_LEVELS.map((level) => {
        const on = value === level
        return (
          <View
            key={level}
            role='radio'
            aria-checked={on}
            className={`wst-rating__level ${on ? 'wst-rating__level--on' : ''} ${on && isBad?.(level) ? 'wst-rating__level--bad' : ''}`}
            onClick={() => onChange(level)}
          >
            {levelLabel(level)}
          </View>
        )
      })}
    </View>
  )
}
