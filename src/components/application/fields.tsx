import { Image, Text, View } from '@tarojs/components'
import { idAttr } from '../a11y'
import { shanghaiDate } from '@/core/calendar'
import { fieldKey, materialKey, visibleFields, type FormField, type MaterialSlot } from '@/core/applications'
import type { Translate } from '@/core/i18n'
import { CREDIT_CODE_INPUT_MAX_LENGTH, ENTERPRISE_NAME_MAX_LENGTH } from '@/core/validators'
import { CAN_CHOOSE_DOCUMENTS, chooseDocuments, openDocument, removeDocument } from '@/platform/documents'
import { choosePhotos, previewPhotos, removePhoto } from '@/platform/photos'
import { DateField } from '../date-field'
import { PersonFields } from '../person-fields'
import { ProfileFill } from '../profile-fill'
import { SelectField } from '../select-field'
import { TextField } from '../text-field'
import { Field, Section, Tag } from '../ui'
import type { ApplicationFormState } from './use-application-form'
import '../photo-tiles.scss'
import './fields.scss'

interface Props {
  t: Translate
  state: ApplicationFormState
  /** a notice about photos that could not be taken (too large, unreadable) */
  onNotice(text: string): void
}

interface FieldsProps extends Props {
  /** the applicant block (not for a 补正, which changes only what the office named) */
  applicant?: boolean
}

/** a required field's label carries a * that the form explains, and its control is named 必填 */
const requiredWord = (t: Translate, required: boolean) => (required ? t('person.required') : undefined)

/** the applicant (and for enterprises the company), then the matter's own fields, then the materials */
export function ApplicationFields({ t, state, onNotice, applicant = true }: FieldsProps) {
  return (
    <>
      <Text className='wst-apply__note wst-apply__required-note'>{t('application.requiredNote')}</Text>
      {applicant ? <ApplicantSection t={t} state={state} /> : null}
      <AnswersSection t={t} state={state} />
      <MaterialsSection t={t} state={state} onNotice={onNotice} />
    </>
  )
}

function ApplicantSection({ t, state }: Omit<Props, 'onNotice'>) {
  const { value, set, error, check, form } = state
  const a = value.applicant
  const edit = (patch: Partial<typeof a>, key: Parameters<typeof check>[0]) =>
    set({ applicant: { ...a, ...patch } }, [key])
  const company = a.company ?? { name: '', creditCode: '' }
  return (
    <Section title={t(form.applicant === 'legal' ? 'application.company' : 'application.applicant')}>
      {state.profile ? <ProfileFill t={t} form={state} profile={state.profile} id='apply-profile-fill' /> : null}
      {form.applicant === 'legal' ? (
        <>
          <TextField
            id='apply-company-name'
            label={t('application.companyName')}
            required={t('person.required')}
            value={company.name}
            maxlength={ENTERPRISE_NAME_MAX_LENGTH}
            error={error('companyName')}
            onInput={(name) => edit({ company: { ...company, name } }, 'companyName')}
            onBlur={() => check('companyName')}
          />
          <TextField
            id='apply-credit-code'
            label={t('application.creditCode')}
            required={t('person.required')}
            value={company.creditCode}
            maxlength={CREDIT_CODE_INPUT_MAX_LENGTH}
            hint={t('application.creditCodeHint')}
            error={error('creditCode')}
            onInput={(creditCode) => edit({ company: { ...company, creditCode } }, 'creditCode')}
            onBlur={() => check('creditCode')}
          />
        </>
      ) : null}
      <PersonFields
        t={t}
        idPrefix='apply'
        value={a}
        nameLabel={form.applicant === 'legal' ? t('application.agentName') : undefined}
        onChange={(patch, field) => edit(patch, field)}
        error={error}
        check={check}
      />
    </Section>
  )
}

function AnswersSection({ t, state }: Omit<Props, 'onNotice'>) {
  const { value, form } = state
  const fields = visibleFields(form, value.answers)
  if (fields.length === 0) return null
  return (
    <Section title={t('application.fields')}>
      {fields.map((f) => (
        <AnswerField key={f.id} t={t} state={state} field={f} />
      ))}
    </Section>
  )
}

/** one field of the matter's form, drawn by its kind */
export function AnswerField({ t, state, field }: { t: Translate; state: ApplicationFormState; field: FormField }) {
  const { value, set, error, check } = state
  const key = fieldKey(field.id)
  const answer = value.answers[field.id] ?? ''
  const label = field.label
  const required = requiredWord(t, field.required)
  const put = (v: string) => set({ answers: { ...value.answers, [field.id]: v } }, [key])
  const id = `apply-f-${field.id}`
  const today = shanghaiDate(Date.now())
  switch (field.kind) {
    case 'select': {
      const options = field.options ?? []
      return (
        <SelectField<string>
          {...idAttr(id)}
          label={label}
          required={required}
          options={options.map((o) => o.value)}
          value={answer || undefined}
          optionLabel={(v) => options.find((o) => o.value === v)?.label ?? v}
          placeholder={t('application.choose')}
          hint={field.hint}
          error={error(key)}
          onChange={put}
        />
      )
    }
    case 'date':
    case 'month':
      return (
        <DateField
          {...idAttr(id)}
          label={label}
          required={required}
          value={answer}
          precision={field.kind === 'date' ? 'day' : 'month'}
          end={field.notAfter === 'today' ? (field.kind === 'date' ? today : today.slice(0, 7)) : undefined}
          placeholder={t(field.kind === 'date' ? 'application.chooseDate' : 'application.chooseMonth')}
          hint={field.hint}
          error={error(key)}
          onChange={put}
        />
      )
    default:
      return (
        <TextField
          {...idAttr(id)}
          label={label}
          required={required}
          value={answer}
          type={field.kind === 'number' ? 'digit' : 'text'}
          multiline={field.kind === 'textarea'}
          maxlength={field.kind === 'creditCode' ? CREDIT_CODE_INPUT_MAX_LENGTH : field.maxLength}
          placeholder={field.placeholder}
          hint={field.hint}
          error={error(key)}
          onInput={put}
          onBlur={() => check(key)}
        />
      )
  }
}

function MaterialsSection({ t, state, onNotice }: Props) {
  const { form } = state
  if (form.materials.length === 0) return null
  const exempt = form.materials.filter((m) => m.exempt).length
  return (
    <Section title={t('application.materials')}>
      {exempt > 0 ? (
        <Text className='wst-apply__note'>{t('application.materials.exemptCount', { count: exempt })}</Text>
      ) : null}
      {form.materials.map((m) => (
        <MaterialField key={m.id} t={t} state={state} slot={m} onNotice={onNotice} />
      ))}
    </Section>
  )
}

/** one entry of the checklist: 免证办 (nothing to upload), or its photos, each can be looked at and removed */
export function MaterialField({ t, state, slot, onNotice }: Props & { slot: MaterialSlot }) {
  const pages = state.pages[slot.id] ?? []
  const key = materialKey(slot.id)
  if (slot.exempt)
    return (
      <Field label={slot.name} hint={slot.note}>
        <View className='wst-apply__exempt'>
          <Tag tone='ok'>{t('application.material.exempt')}</Tag>
          <Text className='wst-apply__note'>{t('application.material.exemptNote')}</Text>
        </View>
      </Field>
    )
  const add = async () => {
    const { photos, rejected } = await choosePhotos(slot.maxFiles - pages.length)
    if (photos.length) state.setPages(slot.id, [...pages, ...photos].slice(0, slot.maxFiles))
    onNotice(rejected.length ? t('application.material.rejected', { count: rejected.length }) : '')
  }
  const addDocuments = async () => {
    const { files, rejected } = await chooseDocuments(slot.maxFiles - pages.length)
    if (files.length) state.setPages(slot.id, [...pages, ...files].slice(0, slot.maxFiles))
    onNotice(rejected.length ? t('application.material.rejectedDocuments', { names: rejected.join('、') }) : '')
  }
  const drop = (path: string) => {
    const page = pages.find((p) => p.path === path)
    state.setPages(
      slot.id,
      pages.filter((p) => p.path !== path)
    )
    if (page) void (page.name === undefined ? removePhoto(page) : removeDocument({ ...page, name: page.name }))
  }
  const addTile = (kind: string, name: string, label: string, onClick: () => void) => (
    <View
      className='wst-photo__add'
      id={`apply-m-${slot.id}-${kind}`}
      role='button'
      aria-label={name}
      onClick={onClick}
    >
      <Text>{`＋ ${label}`}</Text>
    </View>
  )
  const photos = pages.filter((p) => p.name === undefined)
  const paths = photos.map((p) => p.path)
  const remove = (path: string) => (
    <Text className='wst-link' {...{ role: 'button' }} onClick={() => drop(path)}>
      {t('application.material.remove')}
    </Text>
  )
  return (
    <Field
      label={slot.name}
      required={requiredWord(t, slot.required)}
      error={state.error(key)}
      hint={[slot.note, t('application.material.count', { count: pages.length, max: slot.maxFiles })]
        .filter(Boolean)
        .join('；')}
    >
      {pages
        .filter((p) => p.name !== undefined)
        .map((p) => (
          <View key={p.path} className='wst-apply__document'>
            <Text
              className='wst-link wst-apply__document-name'
              {...{ role: 'button' }}
              onClick={() => void openDocument({ ...p, name: p.name ?? '' })}
            >
              {t('application.material.document', { name: p.name ?? '', size: Math.max(1, Math.round(p.size / 1024)) })}
            </Text>
            {remove(p.path)}
          </View>
        ))}
      <View className='wst-photos' id={`apply-m-${slot.id}`}>
        {photos.map((p, i) => (
          <View key={p.path} className='wst-photo'>
            <Image
              src={p.path}
              mode='aspectFill'
              className='wst-photo__thumb'
              aria-label={t('application.material.page', { name: slot.name, n: i + 1 })}
              onClick={() => previewPhotos(paths, p.path)}
            />
            {remove(p.path)}
          </View>
        ))}
        {pages.length < slot.maxFiles ? (
          <>
            {addTile('add', t('application.material.addFor', { name: slot.name }), t('application.material.add'), add)}
            {CAN_CHOOSE_DOCUMENTS
              ? addTile(
                  'document',
                  t('application.material.addDocumentFor', { name: slot.name }),
                  t('application.material.addDocument'),
                  addDocuments
                )
              : null}
          </>
        ) : null}
      </View>
    </Field>
  )
}
