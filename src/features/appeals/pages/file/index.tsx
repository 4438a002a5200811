import { Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { AppealCatalogue } from '@/backend/types'
import { APPEAL_CHANNELS, APPEAL_TYPES, type AppealChannel } from '@/core/appeals/types'
import { JIANGMEN_DISTRICTS } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import { Banner } from '@/components/banner'
import { FormSubmit } from '@/components/form-submit'
import { AsyncView } from '@/components/async-view'
import { InlineConfirm } from '@/components/inline-confirm'
import { Page } from '@/components/page'
import { ProfileFill } from '@/components/profile-fill'
import { useTranslate } from '@/components/use-translate'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { SUBSCRIBE_CHANNEL } from '@/platform/subscribe'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'
import { useAppealCatalogue } from '../../api'
import { appealMessages } from '../../i18n'
import { watchOutbox } from '../../outbox'
import { MatterSection } from './matter-section'
import { ContactSection, EnterpriseSection } from './person-sections'
import { PlaceSection } from './place-section'
import { RoutingSection, useDraftRouting } from './routing-section'
import { useAppealForm, type AppealForm } from './use-appeal-form'
import './index.scss'

export default function FileAppealPage() {
  const t = useTranslate(appealMessages)
  const channel = useRouteParam('channel', oneOf(APPEAL_CHANNELS)) ?? 'personal'
  const catalogue = useAppealCatalogue()
  useEffect(() => watchOutbox(), [])

  return (
    <Page
      title={t(channel === 'enterprise' ? 'appeal.file.titleEnterprise' : 'appeal.file.title')}
      className='appeal-file'
    >
      <AsyncView query={catalogue} t={t}>
        {(data) => <FileAppealForm t={t} channel={channel} catalogue={data} />}
      </AsyncView>
    </Page>
  )
}

interface FormProps {
  t: Translate
  channel: AppealChannel
  catalogue: AppealCatalogue
}

function FileAppealForm({ t, channel, catalogue }: FormProps) {
  const form = useAppealForm({
    t,
    channel,
    zone: zoneById(useZone((s) => s.zoneId)),
    categories: catalogue.categories,
    preset: {
      type: useRouteParam('type', oneOf(APPEAL_TYPES)),
      category: useRouteParam('category'),
      subject: useRouteParam('subject'),
      district: useRouteParam('district', oneOf(JIANGMEN_DISTRICTS))
    }
  })
  const [notice, setNotice] = useState('')
  const enterprise = form.channel === 'enterprise'
  const routing = useDraftRouting(form.value)

  return (
    <>
      <Banner className='appeal-file__intro'>
        {t(enterprise ? 'appeal.file.introEnterprise' : 'appeal.file.intro')}
      </Banner>
      {form.restored ? <DraftNotice t={t} form={form} /> : null}
      <MatterSection t={t} form={form} catalogue={catalogue} routing={routing.data} />
      <PlaceSection t={t} form={form} onNotice={setNotice} />
      <ProfileFill t={t} form={form} profile={form.profile} />
      {enterprise ? <EnterpriseSection t={t} form={form} /> : null}
      <ContactSection t={t} form={form} />
      <RoutingSection t={t} draft={form.value} catalogue={catalogue} routing={routing} />

      {notice ? <Banner>{notice}</Banner> : null}
      <FormSubmit form={form} id='appeal-submit' label={t('appeal.submit')}>
        <Text className='appeal-file__subscribe'>{t(`appeal.subscribe.${SUBSCRIBE_CHANNEL}`)}</Text>
      </FormSubmit>
    </>
  )
}

/** a draft from an earlier visit is back; throwing it away asks again, inline */
function DraftNotice({ t, form }: { t: Translate; form: AppealForm }) {
  return (
    <Banner
      action={
        <InlineConfirm
          look='link'
          label={t('appeal.discard')}
          confirmLabel={t('appeal.discardConfirm')}
          cancelLabel={t('appeal.discardCancel')}
          onConfirm={form.discard}
        />
      }
    >
      {t('appeal.draftRestored')}
    </Banner>
  )
}
