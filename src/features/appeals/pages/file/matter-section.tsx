import { Switch, Text } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import type { AppealCatalogue } from '@/backend/types'
import { CONTENT_MAX_LENGTH } from '@/core/appeals/form'
import { APPEAL_TYPES, type RoutingResult } from '@/core/appeals/types'
import type { Translate } from '@/core/i18n'
import { accessibleName } from '@/components/a11y'
import { ChipGroup } from '@/components/chip-group'
import { TextField } from '@/components/text-field'
import { Field, Section } from '@/components/ui'
import { CategoryPicker } from '../../components/category-picker'
import { ClassificationSuggestion, suggestFromDescription } from '../../components/classification-suggestion'
import { TagPicker } from '../../components/tag-picker'
import type { AppealForm } from './use-appeal-form'

interface Props {
  t: Translate
  form: AppealForm
  catalogue: AppealCatalogue
  /** the routing proposal for the same text: its unit helps choose between categories */
  routing: RoutingResult | undefined
}

/**
 * What the appeal is about. The user describes it first; the category and tags are suggested from the words
 * (识别为 …) and applied until the user chooses by hand, which 修改 opens.
 */
export function MatterSection({ t, form, catalogue, routing }: Props) {
  const { value: draft, set, error } = form
  const template = t(`appeal.template.${draft.type}`)
  const byHand = draft.classifiedBy === 'hand'
  const [picking, setPicking] = useState(false)
  const suggestion = useMemo(
    () => (byHand ? undefined : suggestFromDescription(draft.content, catalogue, routing)),
    [byHand, draft.content, catalogue, routing]
  )

  // the suggestion fills the category and tags until the user chooses them
  const suggestedCode = suggestion?.categoryCode ?? ''
  const suggestedTags = suggestion?.tagIds.join('|') ?? ''
  useEffect(() => {
    if (byHand || !suggestion) return
    if (draft.categoryCode === suggestedCode && draft.tags.join('|') === suggestedTags) return
    const fields = suggestedCode ? (['categoryCode', 'tags'] as const) : ([] as const)
    set({ categoryCode: suggestedCode, tags: suggestion.tagIds, classifiedBy: 'suggestion' }, [...fields])
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [byHand, suggestedCode, suggestedTags])

  const showPickers = byHand || picking || Boolean(error('categoryCode') || error('tags'))
  return (
    <Section>
      <TextField
        id='appeal-content'
        multiline
        className='appeal-file__content'
        label={t('appeal.content')}
        value={draft.content}
        maxlength={CONTENT_MAX_LENGTH}
        placeholder={template}
        error={error('content')}
        hint={t('appeal.content.count', { count: Array.from(draft.content.trim()).length })}
        onInput={(content) => set({ content }, ['content'])}
        onBlur={() => form.check('content')}
      >
        {draft.content.trim() === '' ? (
          <Text className='wst-link' onClick={() => set({ content: template }, [])}>
            {t('appeal.content.useTemplate')}
          </Text>
        ) : null}
      </TextField>
      {showPickers ? null : draft.content.trim() ? (
        <ClassificationSuggestion
          t={t}
          tree={catalogue.categories}
          tags={catalogue.tags}
          suggestion={suggestion}
          onChange={() => setPicking(true)}
        />
      ) : (
        <Text className='appeal-file__classify-hint'>
          {t('appeal.suggestion.first')}
          <Text className='wst-link' onClick={() => setPicking(true)}>
            {t('appeal.suggestion.byHand')}
          </Text>
        </Text>
      )}
      <Field label={t('appeal.type')} error={error('type')}>
        <ChipGroup
          kind='single'
          label={t('appeal.type')}
          options={APPEAL_TYPES.map((type) => ({ value: type, label: t(`appeal.type.${type}`) }))}
          value={draft.type}
          onChange={(type) => set({ type }, ['type'])}
        />
      </Field>
      {form.channel === 'personal' ? (
        <Field label={t('appeal.urgent')} hint={t('appeal.urgentHint')}>
          <Switch
            id='appeal-urgent'
            {...accessibleName(t('appeal.urgent'))}
            checked={draft.urgent}
            onChange={(e) => set({ urgent: e.detail.value }, [])}
          />
        </Field>
      ) : null}
      {showPickers ? (
        <>
          <Field label={t('appeal.category')} error={error('categoryCode')}>
            <CategoryPicker
              t={t}
              tree={catalogue.categories}
              code={draft.categoryCode}
              onChange={(categoryCode) => set({ categoryCode, classifiedBy: 'hand' }, ['categoryCode'])}
            />
          </Field>
          <Field label={t('appeal.tags')} error={error('tags')}>
            <TagPicker
              t={t}
              vocabulary={catalogue.tags}
              chosen={draft.tags}
              onChange={(tags) => set({ tags, classifiedBy: 'hand' }, ['tags'])}
            />
          </Field>
        </>
      ) : null}
    </Section>
  )
}
