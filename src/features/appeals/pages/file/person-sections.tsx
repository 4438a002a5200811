import { Switch } from '@tarojs/components'
import type { PhoneRegion } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import {
  CREDIT_CODE_INPUT_MAX_LENGTH,
  ENTERPRISE_NAME_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_INPUT_MAX_LENGTH
} from '@/core/validators'
import { PHONE_REGIONS } from '@/core/domain'
import { accessibleName } from '@/components/a11y'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { Field, Section } from '@/components/ui'
import { setContact, setEnterprise, type AppealForm } from './use-appeal-form'

/** the enterprise an 117 appeal is filed for */
export function EnterpriseSection({ t, form }: { t: Translate; form: AppealForm }) {
  const enterprise = form.value.enterprise
  return (
    <Section title={t('appeal.enterprise')}>
      <TextField
        id='appeal-enterprise-name'
        label={t('appeal.enterprise.name')}
        value={enterprise?.name ?? ''}
        maxlength={ENTERPRISE_NAME_MAX_LENGTH}
        placeholder={t('appeal.enterprise.namePlaceholder')}
        error={form.error('enterprise.name')}
        onInput={(name) => setEnterprise(form, { name }, ['enterprise.name'])}
        onBlur={() => form.check('enterprise.name')}
      />
      <TextField
        id='appeal-credit-code'
        label={t('appeal.enterprise.creditCode')}
        value={enterprise?.creditCode ?? ''}
        maxlength={CREDIT_CODE_INPUT_MAX_LENGTH}
        placeholder={t('appeal.enterprise.creditCodePlaceholder')}
        error={form.error('enterprise.creditCode')}
        onInput={(creditCode) => setEnterprise(form, { creditCode }, ['enterprise.creditCode'])}
        onBlur={() => form.check('enterprise.creditCode')}
      />
    </Section>
  )
}

/** who the unit calls back, and whether the name stays confidential */
export function ContactSection({ t, form }: { t: Translate; form: AppealForm }) {
  const { contact, confidential } = form.value
  return (
    <Section title={t('appeal.contact')}>
      <TextField
        id='appeal-name'
        label={t('appeal.contact.name')}
        value={contact.name}
        maxlength={NAME_MAX_LENGTH}
        placeholder={t('appeal.contact.namePlaceholder')}
        error={form.error('contact.name')}
        onInput={(name) => setContact(form, { name }, ['contact.name'])}
        onBlur={() => form.check('contact.name')}
      />
      <SelectField<PhoneRegion>
        id='appeal-phone-region'
        label={t('appeal.contact.phoneRegion')}
        options={PHONE_REGIONS}
        value={contact.phoneRegion}
        optionLabel={(r) => t(`appeal.region.${r}`)}
        onChange={(phoneRegion) => setContact(form, { phoneRegion }, ['contact.phone'])}
      />
      <TextField
        id='appeal-phone'
        type='number'
        label={t('appeal.contact.phone')}
        value={contact.phone}
        maxlength={PHONE_INPUT_MAX_LENGTH}
        placeholder={t('appeal.contact.phonePlaceholder')}
        error={form.error('contact.phone')}
        onInput={(phone) => setContact(form, { phone }, ['contact.phone'])}
        onBlur={() => form.check('contact.phone')}
      />
      <Field label={t('appeal.confidential')} hint={t('appeal.confidentialHint')}>
        <Switch
          id='appeal-confidential'
          {...accessibleName(t('appeal.confidential'))}
          checked={confidential}
          onChange={(e) => form.set({ confidential: e.detail.value }, [])}
        />
      </Field>
    </Section>
  )
}
