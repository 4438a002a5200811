import type { IdType, PhoneRegion } from '@/core/domain'
import { ID_TYPES, PHONE_REGIONS } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import { ID_NUMBER_INPUT_MAX_LENGTH, NAME_MAX_LENGTH, PHONE_INPUT_MAX_LENGTH } from '@/core/validators'
import { SelectField } from './select-field'
import { TextField } from './text-field'

/** a person as every form asks for one: the name, the identity document, the phone */
export interface PersonValue {
  name: string
  idType: IdType
  idNumber: string
  phoneRegion: PhoneRegion
  phone: string
}

/** the fields that carry their own message (a type or a region is checked with its number) */
export type PersonField = 'name' | 'idNumber' | 'phone'

interface PersonFieldsProps {
  /** the page's translate; its catalogue includes src/components/locales/person.zh-Hans.json */
  t: Translate
  /** the controls' ids: `<prefix>-name`, `-id-type`, `-id-number`, `-phone-region`, `-phone` */
  idPrefix: string
  value: PersonValue
  /** an edit, and the field whose message it corrects */
  onChange(patch: Partial<PersonValue>, field: PersonField): void
  error(field: PersonField): string | undefined
  check(field: PersonField): void
  /** e.g. 经办人姓名 on an enterprise's form; default 姓名 */
  nameLabel?: string
}

/**
 * 姓名, 证件类型 and 证件号码 (with what the number looks like for the chosen document), 手机号码归属地 and 手机号码:
 * all required, named 必填 for screen readers. One block for booking, 在线申办 and every later form.
 */
export function PersonFields({ t, idPrefix, value, onChange, error, check, nameLabel }: PersonFieldsProps) {
  const required = t('person.required')
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={nameLabel ?? t('person.name')}
        required={required}
        value={value.name}
        placeholder={t('person.namePlaceholder')}
        maxlength={NAME_MAX_LENGTH}
        error={error('name')}
        onInput={(name) => onChange({ name }, 'name')}
        onBlur={() => check('name')}
      />
      <SelectField<IdType>
        id={`${idPrefix}-id-type`}
        label={t('person.idType')}
        required={required}
        options={ID_TYPES}
        value={value.idType}
        optionLabel={(k) => t(`person.idType.${k}`)}
        onChange={(idType) => onChange({ idType }, 'idNumber')}
      />
      <TextField
        id={`${idPrefix}-id-number`}
        type={value.idType === 'mainland' ? 'idcard' : 'text'}
        label={t('person.idNumber')}
        required={required}
        hint={t(`person.idHint.${value.idType}`)}
        value={value.idNumber}
        maxlength={ID_NUMBER_INPUT_MAX_LENGTH}
        error={error('idNumber')}
        onInput={(idNumber) => onChange({ idNumber }, 'idNumber')}
        onBlur={() => check('idNumber')}
      />
      <SelectField<PhoneRegion>
        id={`${idPrefix}-phone-region`}
        label={t('person.phoneRegion')}
        required={required}
        options={PHONE_REGIONS}
        value={value.phoneRegion}
        optionLabel={(k) => t(`person.phoneRegion.${k}`)}
        onChange={(phoneRegion) => onChange({ phoneRegion }, 'phone')}
      />
      <TextField
        id={`${idPrefix}-phone`}
        type='number'
        label={t('person.phone')}
        required={required}
        value={value.phone}
        maxlength={PHONE_INPUT_MAX_LENGTH}
        error={error('phone')}
        onInput={(phone) => onChange({ phone }, 'phone')}
        onBlur={() => check('phone')}
      />
    </>
  )
}
