/**
 * 用我的信息填写: filling a form from the user's saved profile (我的信息, stores/profile.ts), and asking, after
 * the form was sent, whether what it sent should be saved back. One hook and one block for every form (booking,
 * 在线申办, appeals, and later talent and investment):
 *
 *   // the form's values ↔ profile values; `fields` are the form's fields a fill corrects (their messages go)
 *   const MAPPING: ProfileMapping<BookingDraft, BookingField> = profileMapping(PERSON_KEYS)   // same-named keys
 *   const profile = useProfileFill(MAPPING)
 *   const form = useDraftForm({ ..., async submit(draft) { await send(draft); profile.submitted(draft); go(...) } })
 *   <ProfileFill t={t} form={form} profile={profile} />                   // above the fields it fills
 *
 * A form whose fields are named otherwise writes its own mapping ({ read, write, fields }: read gives the profile
 * values the form holds, write the form edit that puts profile values in). The block shows only while a profile is
 * saved and holds something the form's fields lack or differ from; a tap fills those fields (masked in the offer,
 * shown in full in the fields, as the user typed them). After a successful submit, `submitted(value)` keeps the
 * sent values that differ from the profile as an offer, which the next page shows (ProfileSaveOffer, drawn by every
 * Page): 保存 saves them, 不用了 drops them; the offer is in memory only. Nothing is saved without that answer.
 */
import { Text } from '@tarojs/components'
import { idAttr } from './a11y'
import { useMemo } from 'react'
import type { Translate } from '@/core/i18n'
import { changedKeys, meaningful, type ProfileKey, type ProfileValues } from '@/core/profile'
import { normaliseProfile } from '@/core/profile-rules'
import { maskCreditCode, maskIdNumber, maskName, maskPhone } from '@/core/validators'
import { emptyProfile, profileValues, useProfile } from '@/stores/profile'
import { Banner } from './banner'
import type { DraftForm } from './use-draft-form'

export interface ProfileMapping<V, F extends string = string> {
  /** the profile values the form's value holds (only the keys this form has) */
  read(value: V): Partial<ProfileValues>
  /** the edit of the form's value that puts these profile values in */
  write(profile: Partial<ProfileValues>, value: V): Partial<V>
  /** the form fields a fill corrects (their messages go); by default the keys of the edit */
  fields?: readonly F[]
}

/** the mapping of a form whose fields carry the profile's own names (name, idType, idNumber, phoneRegion, phone …) */
export function profileMapping<V extends Partial<Record<ProfileKey, unknown>>, F extends string = string>(
  keys: readonly ProfileKey[]
): ProfileMapping<V, F> {
  return {
    read: (value) => Object.fromEntries(keys.map((k) => [k, value[k]])) as Partial<ProfileValues>,
    write: (profile) => Object.fromEntries(keys.filter((k) => k in profile).map((k) => [k, profile[k]])) as Partial<V>
  }
}

export interface ProfileFillState<V, F extends string> {
  /** the saved profile (flat), undefined when there is none */
  profile: Partial<ProfileValues> | undefined
  /** the profile values a fill would put into this value: empty when nothing is saved or the form has them all */
  fillable(value: V): Partial<ProfileValues>
  /** fills the form from the profile */
  fill(form: Pick<DraftForm<V, F>, 'value' | 'set'>): void
  /** after a successful submit: what was sent and is not the profile's becomes the 保存到我的信息？ offer */
  submitted(value: V): void
}

export function useProfileFill<V, F extends string>(mapping: ProfileMapping<V, F>): ProfileFillState<V, F> {
  const parts = useProfile((s) => s.parts)
  const profile = useMemo(() => profileValues(parts), [parts])

  const fillable = (value: V): Partial<ProfileValues> => {
    if (!profile) return {}
    const holds = mapping.read(value)
    const saved = meaningful(profile)
    const keys = changedKeys(holds, saved).filter((k) => k in holds)
    // a number comes with its type or region (a profile's 香港身份证 number is no 居民身份证 number)
    if (keys.includes('idNumber') && saved.idType) keys.push('idType')
    if (keys.includes('phone') && saved.phoneRegion) keys.push('phoneRegion')
    return Object.fromEntries([...new Set(keys)].map((k) => [k, saved[k]]))
  }

  return {
    profile,
    fillable,
    fill(form) {
      const values = fillable(form.value)
      if (Object.keys(values).length) form.set(mapping.write(values, form.value), mapping.fields)
    },
    submitted(value) {
      const sent = meaningful(mapping.read(value))
      // as the validators keep them (upper-case codes, no spaces), so that the same values do not differ next time
      const normal = normaliseProfile({ ...emptyProfile(), ...sent })
      const clean = Object.fromEntries(Object.keys(sent).map((k) => [k, normal[k as ProfileKey]]))
      if (changedKeys(profile, clean).length) useProfile.getState().offerSave(clean)
    }
  }
}

/** what a fill would put in, masked: 陈*明 · 440***********005X · 138****8000 */
function summary(values: Partial<ProfileValues>): string {
  return [
    values.name && maskName(values.name),
    values.idNumber && maskIdNumber(values.idNumber),
    values.phone && maskPhone(values.phone),
    values.companyName,
    values.creditCode && maskCreditCode(values.creditCode)
  ]
    .filter(Boolean)
    .join(' · ')
}

interface ProfileFillProps<V, F extends string> {
  t: Translate
  form: Pick<DraftForm<V, F>, 'value' | 'set'>
  profile: ProfileFillState<V, F>
  id?: string
}

/** 可用已保存的“我的信息”填写：陈*明 · 138****8000 [用我的信息填写], while there is something to fill */
export function ProfileFill<V, F extends string>({ t, form, profile, id = 'profile-fill' }: ProfileFillProps<V, F>) {
  const values = profile.fillable(form.value)
  if (!Object.keys(values).length) return null
  return (
    <Banner
      {...idAttr(id)}
      action={
        <Text className='wst-link' {...{ role: 'button' }} onClick={() => profile.fill(form)}>
          {t('profileFill.fill')}
        </Text>
      }
    >
      {t('profileFill.offer', { summary: summary(values) })}
    </Banner>
  )
}
