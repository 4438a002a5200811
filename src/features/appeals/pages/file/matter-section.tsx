import { Switch, Text } from '@tarojs/components'
import type { AppealCatalogue } from '@/backend/types'
import { CONTENT_MAX_LENGTH } from '@/core/appeals/form'
import { APPEAL_TYPES } from '@/core/appeals/types'
import type { Translate } from '@/core/i18n'
import { accessibleName } from '@/components/a11y'
import { ChipGroup } from '@/components/chip-group'
import { TextField } from '@/components/text-field'
import { Field, Section } from '@/components/ui'
import { CategoryPicker } from '../../components/category-picker'
import { TagPicker } from '../../components/tag-picker'
import type { AppealForm } from './use-appeal-form'

/** what the appeal is about: its type, category, tags and the user's own words */
export function MatterSection({ t, form, catalogue }: { t: Translate; form: AppealForm; catalogue: AppealCatalogue }) {
  const { value: draft, set, error } = form
  const template = t(`appeal.template.${draft.type}`)
  return (
    <Section>
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
      <Field label={t('appeal.category')} error={error('categoryCode')}>
        <CategoryPicker
          t={t}
          tree={catalogue.categories}
          code={draft.categoryCode}
          onChange={(categoryCode) => set({ categoryCode }, ['categoryCode'])}
        />
      </Field>
      <Field label={t('appeal.tags')} error={error('tags')}>
        <TagPicker t={t} vocabulary={catalogue.tags} chosen={draft.tags} onChange={(tags) => set({ tags }, ['tags'])} />
      </Field>
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
    </Section>
  )
}
