import { View } from '@tarojs/components'
import type { RatingLevel } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import { isBadRating, ratingProblem, RATING_REASON_MAX_LENGTH } from '@/core/rating'
import { FormSubmit } from './form-submit'
import { RatingControl } from './rating-control'
import { TextField } from './text-field'
import { Section } from './ui'
import { useDraftForm } from './use-draft-form'
import './rating-form.scss'

interface Rating {
  level: RatingLevel | null
  reason: string
}
type RatingField = 'level' | 'reason'

const NOTHING: Rating = { level: null, reason: '' }

/** the shared rule of core/rating, so the form asks for exactly what every backend accepts */
function validateRating({ level, reason }: Rating): Partial<Record<RatingField, string>> {
  if (level === null) return { level: 'rating.choose' }
  const problem = ratingProblem(level, reason)
  return problem === 'levelInvalid' ? { level: 'rating.levelInvalid' } : problem ? { reason: `rating.${problem}` } : {}
}

/** a backend refusal of the rating ('appeal.rate.reasonRequired', 'application.rate.reasonTooLong' …) */
const fieldOfReason = (reason: string): RatingField | undefined =>
  /\.rate\.reason/.test(reason) ? 'reason' : /\.rate\./.test(reason) ? 'level' : undefined

export interface RatingFormProps {
  /** the page's translate; its catalogue includes src/components/locales/rating.zh-Hans.json */
  t: Translate
  /** the id prefix of the controls, e.g. 'appeal-rate' */
  id: string
  title: string
  /** what a 差评 leads to (重办, 回访 and 整改), under the reason */
  reasonHint: string
  /** sends the rating; the reason only with a 差评 */
  onRate(level: RatingLevel, reason: string | undefined): Promise<void>
}

/** 好差评: the national five levels; a 差评 asks why before it is sent. One form for appeals and applications. */
export function RatingForm({ t, id, title, reasonHint, onRate }: RatingFormProps) {
  const form = useDraftForm<Rating, RatingField>({
    t,
    initial: NOTHING,
    validate: validateRating,
    fieldOfReason,
    async submit({ level, reason }) {
      if (level === null) return
      await onRate(level, isBadRating(level) ? reason.trim() : undefined)
    }
  })
  const { level, reason } = form.value
  const levelError = form.error('level')
  return (
    <Section title={title}>
      <View className='wst-rating-form'>
        <RatingControl
          label={title}
          value={level}
          levelLabel={(l) => t(`rating.level.${l}`)}
          onChange={(l) => form.set({ level: l }, ['level', 'reason'])}
        />
        {levelError ? (
          <View className='wst-field__error' role='alert'>
            {levelError}
          </View>
        ) : null}
      </View>
      {level !== null && isBadRating(level) ? (
        <TextField
          id={`${id}-reason`}
          multiline
          className='wst-rating-form__reason'
          label={t('rating.reason')}
          value={reason}
          maxlength={RATING_REASON_MAX_LENGTH}
          placeholder={t('rating.reasonPlaceholder')}
          hint={reasonHint}
          error={form.error('reason')}
          onInput={(text) => form.set({ reason: text })}
          onBlur={() => form.check('reason')}
        />
      ) : null}
      <FormSubmit form={form} id={`${id}-submit`} label={t('rating.submit')} />
    </Section>
  )
}
