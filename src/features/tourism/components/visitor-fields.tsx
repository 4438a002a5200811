import { Button, View } from '@tarojs/components'
import { ID_TYPES, type IdType } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import type { Visitor } from '@/core/tourism/culture-types'
import { ID_NUMBER_INPUT_MAX_LENGTH, NAME_MAX_LENGTH } from '@/core/validators'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'

interface Props {
  t: Translate
  index: number
  visitor: Visitor
  onChange(patch: Partial<Visitor>): void
  /** the translated message of the visitor's name or number */
  error(field: 'name' | 'idNumber'): string | undefined
  check(field: 'name' | 'idNumber'): void
  /** absent for the only visitor: a party has at least one */
  onRemove?(): void
}

/** one visitor of a party (实名预约): 姓名, 证件类型 and 证件号码, as the shared person fields ask for them */
export function VisitorFields({ t, index, visitor: v, onChange, error, check, onRemove }: Props) {
  const required = t('person.required')
  const n = index + 1
  return (
    <View className='tourism-visitor'>
      <View className='tourism-visitor__head'>
        <View className='tourism-visitor__title'>{t('tourism.reserve.visitor', { n })}</View>
        {onRemove ? (
          <Button
            className='wst-button wst-button--small wst-button--secondary'
            aria-label={t('tourism.reserve.removeNamed', { n })}
            onClick={onRemove}
          >
            {t('tourism.reserve.remove')}
          </Button>
        ) : null}
      </View>
      <TextField
        id={`visitor-${index}-name`}
        label={t('tourism.reserve.visitorName', { n })}
        required={required}
        value={v.name}
        placeholder={t('person.namePlaceholder')}
        maxlength={NAME_MAX_LENGTH}
        error={error('name')}
        onInput={(name) => onChange({ name })}
        onBlur={() => check('name')}
      />
      <SelectField<IdType>
        id={`visitor-${index}-id-type`}
        label={t('tourism.reserve.visitorIdType', { n })}
        required={required}
        options={ID_TYPES}
        value={v.idType}
        optionLabel={(k) => t(`person.idType.${k}`)}
        onChange={(idType) => onChange({ idType })}
      />
      <TextField
        id={`visitor-${index}-id-number`}
        type={v.idType === 'mainland' ? 'idcard' : 'text'}
        label={t('tourism.reserve.visitorIdNumber', { n })}
        required={required}
        hint={t(`person.idHint.${v.idType}`)}
        value={v.idNumber}
        maxlength={ID_NUMBER_INPUT_MAX_LENGTH}
        error={error('idNumber')}
        onInput={(idNumber) => onChange({ idNumber })}
        onBlur={() => check('idNumber')}
      />
    </View>
  )
}
