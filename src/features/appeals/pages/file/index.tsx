import { Button, Image, Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import type {
  AppealChannel,
  AppealPhoto,
  AppealRequest,
  AppealType,
  CityId,
  District,
  PhoneRegion,
  RoutingInput
} from '@/backend/types'
import { isLeafCode } from '@/core/appeals/categories'
import {
  APPEAL_TYPES,
  JIANGMEN_DISTRICTS,
  validateAppealForm,
  type AppealField,
  type AppealFormErrors
} from '@/core/appeals/form'
import { ErrorView } from '@/components/error-view'
import { Page } from '@/components/page'
import { Empty, Field, Section } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import { useTranslate } from '@/components/use-translate'
import { chooseLocation, canChooseLocation } from '@/platform/location'
import { choosePhotos, MAX_PHOTOS, previewPhotos, removePhoto } from '@/platform/photos'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { requestStatusSubscription, SUBSCRIBE_CHANNEL } from '@/platform/subscribe'
import { routes } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'
import { appealsApi } from '../../api'
import { CategoryPicker } from '../../components/category-picker'
import { RoutingCard } from '../../components/routing-card'
import { TagPicker } from '../../components/tag-picker'
import { appealMessages } from '../../i18n'
import { cityKey, fieldOfReason } from '../../model'
import { flushOutbox, watchOutbox } from '../../outbox'
import {
  draftFromRequest,
  emptyAppealDraft,
  useAppealDrafts,
  useAppealPhotos,
  useOutbox,
  type AppealDraft
} from '../../store'
import './index.scss'

const PHONE_REGIONS: PhoneRegion[] = ['cn', 'hk', 'mo']

/** the value after a pause in typing, so the routing proposal is not recomputed on every keystroke */
function useSettled(value: string, ms = 400): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

export default function FileAppealPage() {
  const t = useTranslate(appealMessages)
  const channel: AppealChannel = useRouteParam('channel') === 'enterprise' ? 'enterprise' : 'personal'
  const typeParam = useRouteParam('type') as AppealType | undefined
  const categoryParam = useRouteParam('category') ?? ''
  const locale = useSettings((s) => s.locale)
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const zone = zoneById(useZone((s) => s.zoneId))
  const stored = useAppealDrafts((s) => s.drafts[channel])
  const updateDraft = useAppealDrafts((s) => s.update)
  const replaceDraft = useAppealDrafts((s) => s.replace)
  const discardDraft = useAppealDrafts((s) => s.discard)
  const photos = useAppealPhotos((s) => s.photos[channel]) ?? []
  const setPhotos = useAppealPhotos((s) => s.set)
  const enqueue = useOutbox((s) => s.enqueue)
  const removeQueued = useOutbox((s) => s.remove)

  const base = useMemo(() => {
    const fresh = emptyAppealDraft(channel, zone.id)
    // in a zone of two cities the user says where the matter is; Jiangmen alone needs no question
    return {
      ...fresh,
      type: APPEAL_TYPES.includes(typeParam as AppealType) ? (typeParam as AppealType) : fresh.type,
      categoryCode: categoryParam,
      location: { ...fresh.location, city: (zone.cities.length === 1 ? zone.cities[0] : '') as CityId }
    }
  }, [channel, zone, typeParam, categoryParam])
  const draft: AppealDraft = stored ?? base
  const [restored, setRestored] = useState(() => stored !== undefined && stored.updatedAt > 0)
  const [errors, setErrors] = useState<AppealFormErrors>({})
  const [banner, setBanner] = useState<{ text: string; privacy?: boolean } | null>(null)
  const [notice, setNotice] = useState('')
  const [submitting, setSubmitting] = useState(false)
  const [confirmDiscard, setConfirmDiscard] = useState(false)

  const catalogue = useAsync(() => appealsApi.catalogue(locale), [locale])
  // compared as text: a new object with the same content must not ask again
  const routingKey = useSettled(
    JSON.stringify({
      text: draft.content,
      tags: draft.tags,
      categoryCode: draft.categoryCode || undefined,
      city: draft.location.city,
      district: draft.location.district
    })
  )
  const routing = useAsync(() => {
    const input = JSON.parse(routingKey) as RoutingInput
    return input.city && (input.text.trim() || input.categoryCode)
      ? appealsApi.proposeRouting(input)
      : Promise.resolve(undefined)
  }, [routingKey])

  useEffect(() => watchOutbox(), [])

  const request = (): AppealRequest => ({ ...draft, zone: zone.id, photos, subscriptions: [] })
  const check = (field: AppealField) => {
    const found = validateAppealForm(request(), { cities: zone.cities })
    setErrors((e) => ({ ...e, [field]: found[field] }))
  }
  const set = (patch: Partial<AppealDraft>, cleared: AppealField[]) => {
    updateDraft(channel, base, patch)
    setBanner(null)
    // a corrected field loses its message at once
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !cleared.includes(k as AppealField))))
  }
  const setLocation = (patch: Partial<AppealDraft['location']>, cleared: AppealField[]) =>
    set({ location: { ...draft.location, ...patch } }, cleared)
  const setContact = (patch: Partial<AppealDraft['contact']>, cleared: AppealField[]) =>
    set({ contact: { ...draft.contact, ...patch } }, cleared)
  const setEnterprise = (patch: Partial<NonNullable<AppealDraft['enterprise']>>, cleared: AppealField[]) =>
    set({ enterprise: { name: '', creditCode: '', ...draft.enterprise, ...patch } }, cleared)

  const pickLocation = async () => {
    try {
      const picked = await chooseLocation()
      if (!picked) return
      // the district is read from the address the map gives, when it names one
      const district = JIANGMEN_DISTRICTS.find((d) => picked.address.includes(t(`appeal.district.${d}`).slice(0, 2)))
      setLocation(
        {
          address: `${picked.address}${picked.name && !picked.address.includes(picked.name) ? ` ${picked.name}` : ''}`,
          latitude: picked.latitude,
          longitude: picked.longitude,
          ...(district ? { district } : {})
        },
        ['location.address', 'location.district']
      )
    } catch {
      setNotice(t('appeal.location.denied'))
    }
  }

  const addPhotos = async () => {
    const { photos: added, rejected } = await choosePhotos(MAX_PHOTOS - photos.length)
    if (added.length) setPhotos(channel, [...photos, ...added].slice(0, MAX_PHOTOS))
    const tooLarge = rejected.filter((r) => r.reason === 'tooLarge').length
    const unreadable = rejected.length - tooLarge
    setNotice(
      [
        tooLarge ? t('appeal.photos.rejectedTooLarge', { count: tooLarge }) : '',
        unreadable ? t('appeal.photos.rejectedUnreadable', { count: unreadable }) : ''
      ]
        .filter(Boolean)
        .join('；')
    )
  }
  const dropPhoto = (photo: AppealPhoto) => {
    setPhotos(
      channel,
      photos.filter((p) => p !== photo)
    )
    void removePhoto(photo)
  }

  const discard = () => {
    discardDraft(channel)
    setPhotos(channel, [])
    setErrors({})
    setConfirmDiscard(false)
    setRestored(false)
  }

  // a ref, not state: a second tap arriving before the next render must see the first one
  const sending = useRef(false)
  const submit = async () => {
    if (sending.current) return
    const tree = catalogue.data?.categories ?? []
    const found = validateAppealForm(request(), { cities: zone.cities, isLeaf: (code) => isLeafCode(tree, code) })
    setErrors(found)
    if (Object.keys(found).length) return setBanner({ text: t('appeal.fixErrors') })
    if (!consented) return setBanner({ text: t('appeal.privacyNeeded'), privacy: true })
    sending.current = true
    setSubmitting(true)
    try {
      // asked inside the tap, as WeChat requires; refusing does not stop the filing
      const subscriptions = await requestStatusSubscription()
      const filing: AppealRequest = { ...request(), subscriptions }
      // into the outbox first: from here an app kill or a lost network cannot lose it
      enqueue(filing)
      discardDraft(channel)
      setPhotos(channel, [])
      const outcome = (await flushOutbox())[filing.idempotencyKey]
      if (outcome?.kind === 'sent') {
        void Taro.showToast({ title: t('appeal.submitted'), icon: 'success' })
        void Taro.redirectTo({ url: routes.appeal(outcome.appeal.id) })
      } else if (outcome?.kind === 'refused') {
        // refused by the backend: back into the form, as a new filing once corrected
        removeQueued(filing.idempotencyKey)
        const back = draftFromRequest(filing)
        replaceDraft(channel, back.draft)
        setPhotos(channel, back.photos)
        const field = fieldOfReason(outcome.reason)
        if (field) setErrors({ [field]: outcome.reason })
        setBanner({ text: field ? t('appeal.fixErrors') : t(outcome.reason) })
      } else {
        // no answer of its own: either still queued, or a send started elsewhere (the network came back) took it
        const stillQueued = useOutbox.getState().items[filing.idempotencyKey] !== undefined
        void Taro.showToast({
          title: t(stillQueued ? 'appeal.queued' : 'appeal.submitted'),
          icon: stillQueued ? 'none' : 'success'
        })
        void Taro.redirectTo({ url: routes.appeals() })
      }
    } finally {
      sending.current = false
      setSubmitting(false)
    }
  }

  const title = t(channel === 'enterprise' ? 'appeal.file.titleEnterprise' : 'appeal.file.title')
  if (catalogue.error)
    return (
      <Page title={title}>
        <ErrorView t={t} error={catalogue.error} onRetry={catalogue.reload} />
      </Page>
    )
  const data = catalogue.data
  if (!data)
    return (
      <Page title={title}>
        <Empty message={t('common.loading')} />
      </Page>
    )

  const message = (field: AppealField) => (errors[field] ? t(errors[field] as string) : undefined)
  const cityIndex = zone.cities.indexOf(draft.location.city)
  const districtIndex = draft.location.district ? JIANGMEN_DISTRICTS.indexOf(draft.location.district) : -1
  const contentLength = Array.from(draft.content.trim()).length

  return (
    <Page title={title} className='appeal-file'>
      <View className='wst-banner appeal-file__intro'>
        <Text>{t(channel === 'enterprise' ? 'appeal.file.introEnterprise' : 'appeal.file.intro')}</Text>
      </View>
      {restored && stored ? (
        <View className='wst-banner'>
          <Text>{t('appeal.draftRestored')}</Text>
          {confirmDiscard ? (
            <View className='appeal-file__confirm'>
              <Text className='wst-link' onClick={discard}>
                {t('appeal.discardConfirm')}
              </Text>
              <Text className='wst-link' onClick={() => setConfirmDiscard(false)}>
                {t('appeal.discardCancel')}
              </Text>
            </View>
          ) : (
            <Text className='wst-link' onClick={() => setConfirmDiscard(true)}>
              {t('appeal.discard')}
            </Text>
          )}
        </View>
      ) : null}

      <Section>
        <Field label={t('appeal.type')} error={message('type')}>
          <View className='wst-chips' role='radiogroup'>
            {APPEAL_TYPES.map((type) => (
              <View
                key={type}
                role='radio'
                aria-checked={draft.type === type}
                className={`wst-chip ${draft.type === type ? 'wst-chip--on' : ''}`}
                onClick={() => set({ type }, ['type'])}
              >
                {t(`appeal.type.${type}`)}
              </View>
            ))}
          </View>
        </Field>
        {channel === 'personal' ? (
          <Field label={t('appeal.urgent')} hint={t('appeal.urgentHint')}>
            <Switch id='appeal-urgent' checked={draft.urgent} onChange={(e) => set({ urgent: e.detail.value }, [])} />
          </Field>
        ) : null}
        <Field label={t('appeal.category')} error={message('categoryCode')}>
          <CategoryPicker
            t={t}
            tree={data.categories}
            code={draft.categoryCode}
            onChange={(categoryCode) => set({ categoryCode }, ['categoryCode'])}
          />
        </Field>
        <Field label={t('appeal.tags')} error={message('tags')}>
          <TagPicker t={t} vocabulary={data.tags} chosen={draft.tags} onChange={(tags) => set({ tags }, ['tags'])} />
        </Field>
        <Field
          label={t('appeal.content')}
          error={message('content')}
          hint={t('appeal.content.count', { count: contentLength })}
        >
          <Textarea
            className='wst-input appeal-file__content'
            id='appeal-content'
            value={draft.content}
            maxlength={1200}
            placeholder={t(`appeal.template.${draft.type}`)}
            onInput={(e) => set({ content: e.detail.value }, ['content'])}
            onBlur={() => check('content')}
          />
          {draft.content.trim() === '' ? (
            <Text className='wst-link' onClick={() => set({ content: t(`appeal.template.${draft.type}`) }, [])}>
              {t('appeal.content.useTemplate')}
            </Text>
          ) : null}
        </Field>
      </Section>

      <Section title={t('appeal.location')}>
        {zone.cities.length > 1 ? (
          <Field label={t('appeal.location.city')} error={message('location.city')}>
            <Picker
              mode='selector'
              range={zone.cities.map((c) => t(cityKey(c)))}
              value={Math.max(0, cityIndex)}
              onChange={(e) =>
                setLocation({ city: zone.cities[Number(e.detail.value)], district: undefined }, [
                  'location.city',
                  'location.district'
                ])
              }
            >
              <View className='wst-input' id='appeal-city'>
                {cityIndex >= 0 ? t(cityKey(draft.location.city)) : t('appeal.category.choose')} ▾
              </View>
            </Picker>
          </Field>
        ) : null}
        {draft.location.city === 'jiangmen' ? (
          <Field label={t('appeal.location.district')} error={message('location.district')}>
            <Picker
              mode='selector'
              range={JIANGMEN_DISTRICTS.map((d) => t(`appeal.district.${d}`))}
              value={Math.max(0, districtIndex)}
              onChange={(e) =>
                setLocation({ district: JIANGMEN_DISTRICTS[Number(e.detail.value)] as District }, ['location.district'])
              }
            >
              <View className='wst-input' id='appeal-district'>
                {districtIndex >= 0
                  ? t(`appeal.district.${JIANGMEN_DISTRICTS[districtIndex]}`)
                  : t('appeal.category.choose')}{' '}
                ▾
              </View>
            </Picker>
          </Field>
        ) : null}
        <Field label={t('appeal.location.address')} error={message('location.address')}>
          <Input
            className='wst-input'
            id='appeal-address'
            value={draft.location.address}
            maxlength={120}
            placeholder={t('appeal.location.addressPlaceholder')}
            onInput={(e) =>
              setLocation({ address: e.detail.value, latitude: undefined, longitude: undefined }, ['location.address'])
            }
            onBlur={() => check('location.address')}
          />
          {canChooseLocation ? (
            <Text className='wst-link' onClick={pickLocation}>
              {t('appeal.location.pick')}
            </Text>
          ) : null}
        </Field>
        <Field label={t('appeal.photos')} error={message('photos')} hint={t('appeal.photos.hint')}>
          <View className='appeal-file__photos'>
            {photos.map((p) => (
              <View key={p.path} className='appeal-file__photo'>
                <Image
                  src={p.path}
                  mode='aspectFill'
                  className='appeal-file__thumb'
                  onClick={() =>
                    previewPhotos(
                      photos.map((x) => x.path),
                      p.path
                    )
                  }
                />
                <Text className='appeal-file__drop' onClick={() => dropPhoto(p)}>
                  {t('appeal.photos.remove')}
                </Text>
              </View>
            ))}
            {photos.length < MAX_PHOTOS ? (
              <View className='appeal-file__add' id='appeal-add-photo' onClick={addPhotos}>
                <Text>{`＋ ${t('appeal.photos.add')}`}</Text>
              </View>
            ) : null}
          </View>
        </Field>
      </Section>

      {channel === 'enterprise' ? (
        <Section title={t('appeal.enterprise')}>
          <Field label={t('appeal.enterprise.name')} error={message('enterprise.name')}>
            <Input
              className='wst-input'
              id='appeal-enterprise-name'
              value={draft.enterprise?.name ?? ''}
              maxlength={60}
              placeholder={t('appeal.enterprise.namePlaceholder')}
              onInput={(e) => setEnterprise({ name: e.detail.value }, ['enterprise.name'])}
              onBlur={() => check('enterprise.name')}
            />
          </Field>
          <Field label={t('appeal.enterprise.creditCode')} error={message('enterprise.creditCode')}>
            <Input
              className='wst-input'
              id='appeal-credit-code'
              value={draft.enterprise?.creditCode ?? ''}
              maxlength={24}
              placeholder={t('appeal.enterprise.creditCodePlaceholder')}
              onInput={(e) => setEnterprise({ creditCode: e.detail.value }, ['enterprise.creditCode'])}
              onBlur={() => check('enterprise.creditCode')}
            />
          </Field>
        </Section>
      ) : null}

      <Section title={t('appeal.contact')}>
        <Field label={t('appeal.contact.name')} error={message('contact.name')}>
          <Input
            className='wst-input'
            id='appeal-name'
            value={draft.contact.name}
            maxlength={30}
            placeholder={t('appeal.contact.namePlaceholder')}
            onInput={(e) => setContact({ name: e.detail.value }, ['contact.name'])}
            onBlur={() => check('contact.name')}
          />
        </Field>
        <Field label={t('appeal.contact.phoneRegion')}>
          <Picker
            mode='selector'
            range={PHONE_REGIONS.map((r) => t(`appeal.region.${r}`))}
            value={PHONE_REGIONS.indexOf(draft.contact.phoneRegion)}
            onChange={(e) => setContact({ phoneRegion: PHONE_REGIONS[Number(e.detail.value)] }, ['contact.phone'])}
          >
            <View className='wst-input' id='appeal-phone-region'>
              {t(`appeal.region.${draft.contact.phoneRegion}`)} ▾
            </View>
          </Picker>
        </Field>
        <Field label={t('appeal.contact.phone')} error={message('contact.phone')}>
          <Input
            className='wst-input'
            id='appeal-phone'
            type='number'
            value={draft.contact.phone}
            maxlength={16}
            placeholder={t('appeal.contact.phonePlaceholder')}
            onInput={(e) => setContact({ phone: e.detail.value }, ['contact.phone'])}
            onBlur={() => check('contact.phone')}
          />
        </Field>
        <Field label={t('appeal.confidential')} hint={t('appeal.confidentialHint')}>
          <Switch
            id='appeal-confidential'
            checked={draft.confidential}
            onChange={(e) => set({ confidential: e.detail.value }, [])}
          />
        </Field>
      </Section>

      <Section title={t('appeal.routing')}>
        <View className='appeal-file__routing'>
          <RoutingCard t={t} routing={routing.data} units={data.units} />
        </View>
      </Section>

      {notice ? (
        <View className='wst-banner' role='status'>
          <Text>{notice}</Text>
        </View>
      ) : null}
      {banner ? (
        <View className='wst-banner wst-banner--error' role='alert'>
          <Text>{banner.text}</Text>
          {banner.privacy ? (
            <Text className='wst-link' onClick={() => go(routes.privacy())}>
              {t('appeal.privacyLink')}
            </Text>
          ) : null}
        </View>
      ) : null}
      <Text className='appeal-file__subscribe'>{t(`appeal.subscribe.${SUBSCRIBE_CHANNEL}`)}</Text>
      {/* the text stays while loading: the button draws its spinner beside it */}
      <Button className='wst-button' id='appeal-submit' disabled={submitting} loading={submitting} onClick={submit}>
        {t('appeal.submit')}
      </Button>
    </Page>
  )
}
