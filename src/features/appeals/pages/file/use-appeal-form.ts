// The appeal form's draft: one per channel (个人 / 企业) on the device, photos under their own key, checked by
// the core rules, filed through the outbox.
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import type { AppealChannel, AppealPhoto, AppealType } from '@/core/appeals/types'
import type { CityId, District } from '@/core/domain'
import { isLeafCode, type CategoryNode } from '@/core/appeals/categories'
import { ADDRESS_MAX_LENGTH, validateAppealForm, type AppealField } from '@/core/appeals/form'
import type { Translate } from '@/core/i18n'
import { useProfileFill, type ProfileFillState, type ProfileMapping } from '@/components/profile-fill'
import { useDraftForm, type DraftForm } from '@/components/use-draft-form'
import { routes } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import type { Zone } from '@/zones'
import { fileAppeal } from '../../file-appeal'
import { fieldOfReason } from '../../model'
import { emptyAppealDraft, useAppealDrafts, useAppealPhotos, type AppealDraft } from '../../store'

export interface AppealForm extends DraftForm<AppealDraft, AppealField> {
  channel: AppealChannel
  zone: Zone
  photos: AppealPhoto[]
  setPhotos(photos: AppealPhoto[]): void
  /** filling the contact (and the enterprise) from 我的信息 */
  profile: ProfileFillState<AppealDraft, AppealField>
}

const NO_PHOTOS: AppealPhoto[] = []

/** the contact, and the enterprise of a 117 appeal, from 我的信息 */
const APPEAL_PROFILE: ProfileMapping<AppealDraft, AppealField> = {
  read: ({ contact, enterprise }) => ({
    name: contact.name,
    phoneRegion: contact.phoneRegion,
    phone: contact.phone,
    ...(enterprise ? { companyName: enterprise.name, creditCode: enterprise.creditCode } : {})
  }),
  write: (p, { contact, enterprise }) => ({
    contact: {
      name: p.name ?? contact.name,
      phoneRegion: p.phoneRegion ?? contact.phoneRegion,
      phone: p.phone ?? contact.phone
    },
    ...(enterprise
      ? { enterprise: { name: p.companyName ?? enterprise.name, creditCode: p.creditCode ?? enterprise.creditCode } }
      : {})
  }),
  fields: ['contact.name', 'contact.phone', 'enterprise.name', 'enterprise.creditCode']
}

interface Options {
  t: Translate
  channel: AppealChannel
  zone: Zone
  categories: CategoryNode[]
  /**
   * what the link that opened the form presets: the type, the category, and the subject (a sight, a shop, a hotel:
   * 旅游投诉 from a sight's page) with its district, which become the place of the matter
   */
  preset: { type?: AppealType; category?: string; subject?: string; district?: District }
}

export function useAppealForm({ t, channel, zone, categories, preset }: Options): AppealForm {
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const stored = useAppealDrafts((s) => s.drafts[channel])
  const update = useAppealDrafts((s) => s.update)
  const discard = useAppealDrafts((s) => s.discard)
  const photos = useAppealPhotos((s) => s.photos[channel]) ?? NO_PHOTOS
  const setPhotos = useAppealPhotos((s) => s.set)
  const profile = useProfileFill(APPEAL_PROFILE)

  const base = useMemo(() => {
    const fresh = emptyAppealDraft(channel, zone.id)
    // in a zone of two cities the user says where the matter is; Jiangmen alone needs no question
    return {
      ...fresh,
      type: preset.type ?? fresh.type,
      categoryCode: preset.category ?? '',
      // a category the link chose (search → 噪音扰民) is the user's own choice
      ...(preset.category ? { classifiedBy: 'hand' as const } : {}),
      location: {
        ...fresh.location,
        city: (zone.cities.length === 1 ? zone.cities[0] : '') as CityId,
        address: (preset.subject ?? '').trim().slice(0, ADDRESS_MAX_LENGTH),
        // a Jiangmen district says the city too, in a zone of two
        ...(preset.district && zone.cities.includes('jiangmen')
          ? { city: 'jiangmen' as const, district: preset.district }
          : {})
      }
    }
  }, [channel, zone, preset.type, preset.category, preset.subject, preset.district])
  const request = (draft: AppealDraft) => ({ ...draft, zone: zone.id, photos })

  const form = useDraftForm<AppealDraft, AppealField>({
    t,
    initial: base,
    store: {
      stored,
      save: (patch) => update(channel, base, patch),
      discard: () => {
        discard(channel)
        setPhotos(channel, [])
      }
    },
    validate: (draft) =>
      validateAppealForm(request(draft), { cities: zone.cities, isLeaf: (code) => isLeafCode(categories, code) }),
    fieldOfReason,
    consent: { given: consented, message: 'consent.required' },
    invalidMessage: 'appeal.fixErrors',
    async submit(draft) {
      const outcome = await fileAppeal(request(draft))
      if (outcome.kind === 'refused') return { refused: outcome.reason }
      profile.submitted(draft)
      const sent = outcome.kind === 'sent'
      void Taro.showToast({ title: t(sent ? 'appeal.submitted' : 'appeal.queued'), icon: sent ? 'success' : 'none' })
      void Taro.redirectTo({
        url: outcome.kind === 'sent' && outcome.appeal ? routes.appeal(outcome.appeal.id) : routes.appeals()
      })
    }
  })
  return { ...form, channel, zone, photos, setPhotos: (list) => setPhotos(channel, list), profile }
}

/** an edit of one part of the draft (location, contact, enterprise) */
export const setLocation = (form: AppealForm, patch: Partial<AppealDraft['location']>, fields: AppealField[]) =>
  form.set({ location: { ...form.value.location, ...patch } }, fields)
export const setContact = (form: AppealForm, patch: Partial<AppealDraft['contact']>, fields: AppealField[]) =>
  form.set({ contact: { ...form.value.contact, ...patch } }, fields)
export const setEnterprise = (
  form: AppealForm,
  patch: Partial<NonNullable<AppealDraft['enterprise']>>,
  fields: AppealField[]
) => form.set({ enterprise: { name: '', creditCode: '', ...form.value.enterprise, ...patch } }, fields)
