import { RATING_LEVELS, type RatingLevel } from '@/core/domain'
import { ChipGroup } from './chip-group'
import './rating-control.scss'

export interface RatingControlProps {
  /** the group's accessible name, e.g. the question it answers */
  label: string
  value: RatingLevel | null
  /** the words of a level (the module's catalogue holds them) */
  levelLabel(level: RatingLevel): string
  onChange(level: RatingLevel): void
}

/** 好差评: one of the five national levels, best first (非常满意 满意 基本满意 不满意 非常不满意), as radio chips */
export function RatingControl({ label, value, levelLabel, onChange }: RatingControlProps) {
  return (
    <ChipGroup
      kind='single'
      className='wst-rating'
      label={label}
      options={RATING_LEVELS.map((level) => ({ value: level, label: levelLabel(level) }))}
      value={value}
      onChange={onChange}
    />
  )
}
