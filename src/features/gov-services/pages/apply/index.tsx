// 在线申办: the matter's form (applicant, its own fields, the materials checklist with 免证办 marks and photos),
// kept as a draft on the device and submitted once through the outbox; the page then shows the application.
// Any module's matter is applied for here: ?service=<政务服务 item id>, or ?matter=<module>/<id> (talent/talent-card).
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { PUBLICITY_WORKING_DAYS, isMatterId, workflowOf, type ApplicationForm } from '@/core/applications'
import type { Translate } from '@/core/i18n'
import { applicationOutbox, useApplicationForm } from '@/components/application/api'
import { promisedText } from '@/components/application/record'
import { ApplicationFields } from '@/components/application/fields'
import { useApplicationFormState } from '@/components/application/use-application-form'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { FormSubmit } from '@/components/form-submit'
import { Page } from '@/components/page'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { isOnline } from '@/platform/network'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { govMessages } from '../../i18n'
import { matterOf } from '../../model'

export default function ApplyPage() {
  const t = useTranslate(govMessages)
  const serviceId = useRouteParam('service') ?? ''
  const matterId = useRouteParam('matter', (v): v is string => isMatterId(v))
  const form = useApplicationForm(matterId ?? matterOf(serviceId))
  const presetParam = useRouteParam('preset') ?? ''
  const preset = useMemo(() => parsePreset(presetParam), [presetParam])
  useEffect(() => applicationOutbox.watch(), [])
  return (
    <Page title={t('gov.apply.title')} className='apply'>
      <AsyncView query={form} t={t}>
        {(f) => <ApplyForm t={t} form={f} preset={preset} />}
      </AsyncView>
    </Page>
  )
}

/** `field:value,field:value` → answers a new application starts with (the form's own rules then check them) */
function parsePreset(param: string): Record<string, string> {
  return Object.fromEntries(
    param
      .split(',')
      .map((pair) => pair.split(':'))
      .filter((kv): kv is [string, string] => kv.length === 2 && kv[0] !== '' && kv[1] !== '')
  )
}

function ApplyForm({ t, form, preset }: { t: Translate; form: ApplicationForm; preset: Record<string, string> }) {
  const consented = useSettings((s) => s.privacyConsent >= PRIVACY_VERSION)
  const zone = useZone((s) => s.zoneId)
  const [notice, setNotice] = useState('')
  // queued while offline: said here, since another page may not load without the network (H5 loads each page then)
  const [queuedOffline, setQueuedOffline] = useState(false)
  const state = useApplicationFormState({
    t,
    form,
    zone,
    preset,
    consent: { given: consented, message: 'application.privacyNeeded' },
    onOutcome(outcome) {
      if (outcome.kind === 'sent') {
        void Taro.showToast({ title: t('application.sent'), icon: 'success' })
        void Taro.redirectTo({ url: routes.application(outcome.answer.id) })
      } else {
        // queued offline, or taken by a send that started elsewhere: 我的办件 lists it either way
        void Taro.showToast({ title: t('application.queued'), icon: 'none' })
        void isOnline().then((online) => {
          if (online) void Taro.redirectTo({ url: routes.progress() })
          else setQueuedOffline(true)
        })
      }
    }
  })
  if (queuedOffline)
    return (
      <Section title={form.title}>
        <Banner>{t('application.queuedHere')}</Banner>
        <View className='apply__end'>
          <Button className='wst-button' onClick={() => void Taro.redirectTo({ url: routes.progress() })}>
            {t('application.queuedOpen')}
          </Button>
        </View>
      </Section>
    )

  return (
    <>
      <Section title={form.title}>
        <Cell title={t('application.deadline')} extra={promisedText(t, form)} />
        {workflowOf(form) !== 'standard' ? (
          <Cell
            title={t('application.steps')}
            subtitle={t(`application.steps.${workflowOf(form)}`, { days: PUBLICITY_WORKING_DAYS })}
          />
        ) : null}
        <Cell title={t('application.delivery')} subtitle={form.delivery} />
      </Section>
      {state.restored ? (
        <Banner
          action={
            <Text className='wst-link' onClick={state.discard}>
              {t('application.discard')}
            </Text>
          }
        >
          {t('application.draftRestored')}
        </Banner>
      ) : null}
      {state.prefilled?.length ? (
        <Banner>{t('application.prefilled', { fields: state.prefilled.map((f) => f.label).join('、') })}</Banner>
      ) : null}
      <ApplicationFields t={t} state={state} onNotice={setNotice} />
      {notice ? <Banner tone='error'>{notice}</Banner> : null}
      <View className='apply__end'>
        <FormSubmit form={state} id='apply-submit' label={t('application.submit')} />
      </View>
    </>
  )
}
