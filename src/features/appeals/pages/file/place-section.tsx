import { Text } from '@tarojs/components'
import type { District } from '@/core/domain'
import { JIANGMEN_DISTRICTS } from '@/core/domain'
import { ADDRESS_MAX_LENGTH } from '@/core/appeals/form'
import type { Translate } from '@/core/i18n'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { Section } from '@/components/ui'
import { canChooseLocation, chooseLocation } from '@/platform/location'
import { cityKey } from '../../model'
import { PhotoField } from './photo-field'
import { setLocation, type AppealForm } from './use-appeal-form'

interface Props {
  t: Translate
  form: AppealForm
  /** a message about the location picker or the photos (denied, too large) */
  onNotice(text: string): void
}

/** where it happens: the city (in a zone of two), Jiangmen's district, the address, and photos */
export function PlaceSection({ t, form, onNotice }: Props) {
  const { value: draft, error, zone } = form
  const location = draft.location
  const districtName = (d: District) => t(`appeal.district.${d}`)

  const pickLocation = async () => {
    try {
      const picked = await chooseLocation()
      if (!picked) return
      // the district is read from the address the map gives, when it names one
      const district = JIANGMEN_DISTRICTS.find((d) => picked.address.includes(districtName(d).slice(0, 2)))
      const named = picked.name && !picked.address.includes(picked.name) ? ` ${picked.name}` : ''
      setLocation(
        form,
        {
          address: `${picked.address}${named}`,
          latitude: picked.latitude,
          longitude: picked.longitude,
          ...(district ? { district } : {})
        },
        ['location.address', 'location.district']
      )
    } catch {
      onNotice(t('appeal.location.denied'))
    }
  }

  return (
    <Section title={t('appeal.location')}>
      {zone.cities.length > 1 ? (
        <SelectField
          id='appeal-city'
          label={t('appeal.location.city')}
          options={zone.cities}
          value={location.city || undefined}
          optionLabel={(c) => t(cityKey(c))}
          placeholder={t('appeal.category.choose')}
          error={error('location.city')}
          onChange={(city) => setLocation(form, { city, district: undefined }, ['location.city', 'location.district'])}
        />
      ) : null}
      {location.city === 'jiangmen' ? (
        <SelectField
          id='appeal-district'
          label={t('appeal.location.district')}
          options={JIANGMEN_DISTRICTS}
          value={location.district}
          optionLabel={districtName}
          placeholder={t('appeal.category.choose')}
          error={error('location.district')}
          onChange={(district) => setLocation(form, { district }, ['location.district'])}
        />
      ) : null}
      <TextField
        id='appeal-address'
        label={t('appeal.location.address')}
        value={location.address}
        maxlength={ADDRESS_MAX_LENGTH}
        placeholder={t('appeal.location.addressPlaceholder')}
        error={error('location.address')}
        onInput={(address) =>
          setLocation(form, { address, latitude: undefined, longitude: undefined }, ['location.address'])
        }
        onBlur={() => form.check('location.address')}
      >
        {canChooseLocation ? (
          <Text className='wst-link' onClick={pickLocation}>
            {t('appeal.location.pick')}
          </Text>
        ) : null}
      </TextField>
      <PhotoField t={t} form={form} onNotice={onNotice} />
    </Section>
  )
}
