import { Button, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { AppealCatalogue } from '@/backend/types'
import type { Translate } from '@/core/i18n'
import { Banner } from '@/components/banner'
import { ErrorView } from '@/components/error-view'
import { InlineConfirm } from '@/components/inline-confirm'
import { Page } from '@/components/page'
import { Empty } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { SUBSCRIBE_CHANNEL } from '@/platform/subscribe'
import { routes } from '@/routes'
import { useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'
import { appealsApi } from '../../api'
import { appealMessages } from '../../i18n'
import { watchOutbox } from '../../outbox'
import { MatterSection } from './matter-section'
import { ContactSection, EnterpriseSection } from './person-sections'
import { PlaceSection } from './place-section'
import { RoutingSection } from './routing-section'
import { useAppealForm, type AppealForm } from './use-appeal-form'
import './index.scss'

export default function FileAppealPage() {
  const t = useTranslate(appealMessages)
  const enterprise = useRouteParam('channel') === 'enterprise'
  const locale = useSettings((s) => s.locale)
  const catalogue = useAsync(() => appealsApi.catalogue(locale), [locale])
  useEffect(() => watchOutbox(), [])

  const title = t(enterprise ? 'appeal.file.titleEnterprise' : 'appeal.file.title')
  return (
    <Page title={title} className='appeal-file'>
      {catalogue.error ? (
        <ErrorView t={t} error={catalogue.error} onRetry={catalogue.reload} />
      ) : catalogue.data ? (
        <FileAppealForm t={t} catalogue={catalogue.data} />
      ) : (
        <Empty message={t('common.loading')} />
      )}
    </Page>
  )
}

function FileAppealForm({ t, catalogue }: { t: Translate; catalogue: AppealCatalogue }) {
  const form = useAppealForm({
    t,
    channel: useRouteParam('channel') === 'enterprise' ? 'enterprise' : 'personal',
    zone: zoneById(useZone((s) => s.zoneId)),
    categories: catalogue.categories,
    preset: { type: useRouteParam('type'), category: useRouteParam('category') }
  })
  const [notice, setNotice] = useState('')
  const enterprise = form.channel === 'enterprise'

  return (
    <>
      <Banner className='appeal-file__intro'>
        {t(enterprise ? 'appeal.file.introEnterprise' : 'appeal.file.intro')}
      </Banner>
      {form.restored ? <DraftNotice t={t} form={form} /> : null}
      <MatterSection t={t} form={form} catalogue={catalogue} />
      <PlaceSection t={t} form={form} onNotice={setNotice} />
      {enterprise ? <EnterpriseSection t={t} form={form} /> : null}
      <ContactSection t={t} form={form} />
      <RoutingSection t={t} draft={form.value} units={catalogue.units} />

      {notice ? <Banner>{notice}</Banner> : null}
      {form.banner ? (
        <Banner
          tone='error'
          action={
            form.banner.consent ? (
              <Text className='wst-link' onClick={() => go(routes.privacy())}>
                {t('appeal.privacyLink')}
              </Text>
            ) : undefined
          }
        >
          {form.banner.text}
        </Banner>
      ) : null}
      <Text className='appeal-file__subscribe'>{t(`appeal.subscribe.${SUBSCRIBE_CHANNEL}`)}</Text>
      {/* the text stays while loading: the button draws its spinner beside it */}
      <Button
        className='wst-button'
        id='appeal-submit'
        disabled={form.submitting}
        loading={form.submitting}
        onClick={form.submit}
      >
        {t('appeal.submit')}
      </Button>
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
