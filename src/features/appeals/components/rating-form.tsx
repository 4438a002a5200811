import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RatingLevel } from '@/core/domain'
import { checkRating, isBadRating, NOTE_MAX_LENGTH } from '@/core/appeals/workflow'
import type { Translate } from '@/core/i18n'
import { RatingControl } from '@/components/rating-control'
import { TextField } from '@/components/text-field'
import { Section } from '@/components/ui'
import { FormSubmit } from '@/components/form-submit'
import { useDraftForm } from '@/components/use-draft-form'
import { appealsApi } from '../api'
import './rating-form.scss'

interface Rating {
  level: RatingLevel | null
  reason: string
}
type RatingField = 'level' | 'reason'

const NOTHING: Rating = { level: null, reason: '' }

/** the rules of the workflow itself, so the form asks for exactly what the backend accepts */
function validateRating({ level, reason }: Rating): Partial<Record<RatingField, string>> {
  if (level === null) return { level: 'appeal.rate.choose' }
  const code = checkRating({ level, reason })
  return code === 'appeal.rate.reasonRequired' ? { reason: code } : code ? { level: code } : {}
}

const fieldOfReason = (reason: string): RatingField | undefined =>
  reason === 'appeal.rate.reasonRequired' ? 'reason' : reason.startsWith('appeal.rate.') ? 'level' : undefined

interface Props {
  t: Translate
  appealId: string
  /** which rating this is: the second comes after a 重办 */
  round: number
  /** the rating was taken (the appeal has changed) */
  onRated?(level: RatingLevel): void
}

/** 好差评: the national five levels; a 差评 asks why before it sends the appeal back for 重办 */
export function RatingForm({ t, appealId, round, onRated }: Props) {
  const form = useDraftForm<Rating, RatingField>({
    t,
    initial: NOTHING,
    validate: validateRating,
    fieldOfReason,
    async submit({ level, reason }) {
      if (level === null) return
      const bad = isBadRating(level)
      await appealsApi.rate(appealId, level, bad ? reason.trim() : undefined)
      void Taro.showToast({ title: t(bad ? 'appeal.rate.sentBack' : 'appeal.rate.done'), icon: 'none' })
      onRated?.(level)
    }
  })
  const { level, reason } = form.value
  const levelError = form.error('level')
  return (
    <Section title={t(round > 1 ? 'appeal.rate.again' : 'appeal.rate')}>
      <View className='appeal-rating'>
        <RatingControl
          label={t(round > 1 ? 'appeal.rate.again' : 'appeal.rate')}
          value={level}
          levelLabel={(l) => t(`appeal.rate.level.${l}`)}
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
          id='appeal-rate-reason'
          multiline
          className='appeal-rating__reason'
          label={t('appeal.rate.reason')}
          value={reason}
          maxlength={NOTE_MAX_LENGTH}
          placeholder={t('appeal.rate.reasonPlaceholder')}
          hint={t('appeal.rate.reasonHint')}
          error={form.error('reason')}
          onInput={(text) => form.set({ reason: text })}
          onBlur={() => form.check('reason')}
        />
      ) : null}
      <FormSubmit form={form} id='appeal-rate-submit' label={t('appeal.rate.submit')} />
    </Section>
  )
}
