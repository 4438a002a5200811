import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { ID_TYPES, PHONE_REGIONS, type IdType, type PhoneRegion } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import {
  CREDIT_CODE_INPUT_MAX_LENGTH,
  ENTERPRISE_NAME_MAX_LENGTH,
  ID_NUMBER_INPUT_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_INPUT_MAX_LENGTH,
  maskCreditCode,
  maskIdNumber,
  maskName,
  maskPhone
} from '@/core/validators'
import { Banner } from '@/components/banner'
import { FactRows } from '@/components/fact-rows'
import { FormSubmit } from '@/components/form-submit'
import { InlineConfirm } from '@/components/inline-confirm'
import { Page } from '@/components/page'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { Cell, Section } from '@/components/ui'
import { useDraftForm } from '@/components/use-draft-form'
import { useTranslate } from '@/components/use-translate'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import { emptyProfile, type ProfileValues } from '@/core/profile'
import { normaliseProfile, profileFieldsOf, validateProfile, type ProfileField } from '@/core/profile-rules'
import { profileValues, useProfile } from '@/stores/profile'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { companyAnswerRows, SavedAnswers } from '../../components/saved-answers'
import { accountMessages } from '../../i18n'

/** a module's answers as 我的信息 keeps them */
type SavedPart = { answers: Record<string, unknown>; savedAt: number }

export default function ProfilePage() {
  const t = useTranslate(accountMessages)
  const parts = useProfile((s) => s.parts)
  const saved = useMemo(() => profileValues(parts), [parts])
  const [editing, setEditing] = useState(false)
  // an edit left unsaved comes back with the page, like every form's draft
  const open = editing || parts.draft !== undefined

  return (
    <Page title={t('profile.title')} className='profile'>
      <Banner>{t('profile.intro')}</Banner>
      {open ? (
        <ProfileForm t={t} saved={saved} onDone={() => setEditing(false)} />
      ) : saved ? (
        <ProfileView t={t} profile={saved} onEdit={() => setEditing(true)} />
      ) : (
        <>
          <Section>
            <Cell title={t('profile.empty')} />
          </Section>
          <Button className='wst-button' id='profile-add' onClick={() => setEditing(true)}>
            {t('profile.add')}
          </Button>
        </>
      )}
      {parts.talent ? <TalentAnswers t={t} saved={parts.talent} /> : null}
      {parts.company ? <CompanyAnswers t={t} saved={parts.company} /> : null}
    </Page>
  )
}

/** the 人才资格自测 answers kept here: how many, since when; they open the self-check, and can be deleted alone */
function TalentAnswers({ t, saved }: { t: Translate; saved: SavedPart }) {
  const removeTalent = useProfile((s) => s.removeTalent)
  const size = (x: unknown) => (typeof x === 'object' && x !== null ? Object.keys(x).length : 0)
  const cities = saved.answers.cities
  const count =
    size(saved.answers.person) +
    (typeof cities === 'object' && cities !== null ? Object.values(cities).reduce((n: number, c) => n + size(c), 0) : 0)
  return (
    <SavedAnswers
      t={t}
      part='talent'
      count={count}
      savedAt={saved.savedAt}
      onOpen={() => go(pageUrl('talent', 'check'))}
      onRemove={removeTalent}
    />
  )
}

/** the 企业画像 answers kept here, each with its label; they open 企业画像 to edit, and can be deleted alone */
function CompanyAnswers({ t, saved }: { t: Translate; saved: SavedPart }) {
  const removeCompany = useProfile((s) => s.removeCompany)
  const rows = companyAnswerRows(t, saved.answers)
  return (
    <SavedAnswers
      t={t}
      part='company'
      count={rows.length}
      savedAt={saved.savedAt}
      onOpen={() => go(pageUrl('investment', 'profile'))}
      onRemove={removeCompany}
    >
      <FactRows rows={rows} />
    </SavedAnswers>
  )
}

/** the saved profile, masked (张*三, 440***********123X, 138****1234); 修改 and 删除 */
function ProfileView({ t, profile, onEdit }: { t: Translate; profile: Partial<ProfileValues>; onEdit(): void }) {
  const remove = useProfile((s) => s.remove)
  const hasEnterprise = Boolean(profile.companyName || profile.creditCode)
  return (
    <>
      <Section title={t('profile.person')}>
        <Cell title={t('profile.name')} extra={maskName(profile.name ?? '')} />
        <Cell
          title={t('profile.idType')}
          extra={profile.idNumber ? t(`profile.idType.${profile.idType ?? 'mainland'}`) : t('profile.idNone')}
        />
        {profile.idNumber ? <Cell title={t('profile.idNumber')} extra={maskIdNumber(profile.idNumber)} /> : null}
        <Cell title={t('profile.phone')} extra={maskPhone(profile.phone ?? '')} />
      </Section>
      {hasEnterprise ? (
        <Section title={t('profile.enterprise')}>
          <Cell title={t('profile.companyName')} extra={profile.companyName} />
          <Cell title={t('profile.creditCode')} extra={maskCreditCode(profile.creditCode ?? '')} />
        </Section>
      ) : null}
      <View className='wst-prose'>
        <Text className='wst-prose__p'>{t('profile.masked')}</Text>
      </View>
      <Button className='wst-button wst-button--secondary' id='profile-edit' onClick={onEdit}>
        {t('profile.edit')}
      </Button>
      <View className='wst-prose'>
        <InlineConfirm
          look='block'
          label={t('profile.delete')}
          question={t('profile.deleteQuestion')}
          confirmLabel={t('profile.deleteConfirm')}
          cancelLabel={t('profile.deleteCancel')}
          onConfirm={() => {
            remove()
            void Taro.showToast({ title: t('profile.deleted'), icon: 'none' })
          }}
        />
      </View>
    </>
  )
}

interface FormProps {
  t: Translate
  saved: Partial<ProfileValues> | undefined
  onDone(): void
}

/** the profile's fields, checked by the validators of the forms it fills; saving needs the privacy consent */
function ProfileForm({ t, saved, onDone }: FormProps) {
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const draft = useProfile((s) => s.parts.draft)
  const saveDraft = useProfile((s) => s.saveDraft)
  const discardDraft = useProfile((s) => s.discardDraft)
  const save = useProfile((s) => s.save)
  const initial = useMemo(() => ({ ...emptyProfile(), ...saved }), [saved])
  const form = useDraftForm<ProfileValues, ProfileField>({
    t,
    initial,
    store: { stored: draft, save: saveDraft, discard: discardDraft },
    validate: validateProfile,
    fieldsOf: profileFieldsOf,
    consent: { given: consented, message: 'consent.required' },
    invalidMessage: 'profile.fixErrors',
    async submit(value) {
      save(normaliseProfile(value))
      discardDraft()
      void Taro.showToast({ title: t('profile.saved'), icon: 'success' })
      onDone()
    }
  })
  const { value: v, set, error, check } = form
  const cancel = () => {
    form.discard()
    onDone()
  }

  return (
    <>
      {form.restored ? <Banner>{t('profile.draftRestored')}</Banner> : null}
      <Section title={t('profile.person')}>
        <TextField
          id='profile-name'
          label={t('profile.name')}
          value={v.name}
          maxlength={NAME_MAX_LENGTH}
          placeholder={t('profile.namePlaceholder')}
          error={error('name')}
          onInput={(name) => set({ name })}
          onBlur={() => check('name')}
        />
        <SelectField<IdType>
          id='profile-id-type'
          label={t('profile.idType')}
          options={ID_TYPES}
          value={v.idType}
          optionLabel={(k) => t(`profile.idType.${k}`)}
          onChange={(idType) => set({ idType })}
        />
        <TextField
          id='profile-id-number'
          label={t('profile.idNumber')}
          value={v.idNumber}
          maxlength={ID_NUMBER_INPUT_MAX_LENGTH}
          hint={t('profile.idNumberHint')}
          error={error('idNumber')}
          onInput={(idNumber) => set({ idNumber })}
          onBlur={() => check('idNumber')}
        />
        <SelectField<PhoneRegion>
          id='profile-phone-region'
          label={t('profile.phoneRegion')}
          options={PHONE_REGIONS}
          value={v.phoneRegion}
          optionLabel={(k) => t(`profile.phoneRegion.${k}`)}
          onChange={(phoneRegion) => set({ phoneRegion })}
        />
        <TextField
          id='profile-phone'
          type='number'
          label={t('profile.phone')}
          value={v.phone}
          maxlength={PHONE_INPUT_MAX_LENGTH}
          error={error('phone')}
          onInput={(phone) => set({ phone })}
          onBlur={() => check('phone')}
        />
      </Section>
      <Section title={t('profile.enterprise')}>
        <TextField
          id='profile-company-name'
          label={t('profile.companyName')}
          value={v.companyName}
          maxlength={ENTERPRISE_NAME_MAX_LENGTH}
          placeholder={t('profile.companyNamePlaceholder')}
          hint={t('profile.enterpriseHint')}
          error={error('companyName')}
          onInput={(companyName) => set({ companyName })}
          onBlur={() => check('companyName')}
        />
        <TextField
          id='profile-credit-code'
          label={t('profile.creditCode')}
          value={v.creditCode}
          maxlength={CREDIT_CODE_INPUT_MAX_LENGTH}
          placeholder={t('profile.creditCodePlaceholder')}
          error={error('creditCode')}
          onInput={(creditCode) => set({ creditCode })}
          onBlur={() => check('creditCode')}
        />
      </Section>
      <FormSubmit form={form} id='profile-save' label={t('profile.save')} />
      {saved ? (
        <Button className='wst-button wst-button--secondary' id='profile-cancel' onClick={cancel}>
          {t('profile.cancel')}
        </Button>
      ) : null}
    </>
  )
}
