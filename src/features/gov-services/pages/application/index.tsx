// 办件详情: one of the user's online applications: where it stands and until when, what the office asked for
// (补正, answered here) or decided, a subsidy's publicity and payment schedule, every step with its time, and 好差评
// once it is closed, with the follow-up of a 差评.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ApplicationView } from '@/backend/types'
import { isBadRating } from '@/core/rating'
import { isClosedApplication, type ApplicationForm } from '@/core/applications'
import type { Translate } from '@/core/i18n'
import { applicationsApi, useApplication, useApplicationForm } from '@/components/application/api'
import { ApplicationFields } from '@/components/application/fields'
import {
  ApplicationPayments,
  ApplicationSummary,
  ApplicationTimeline,
  RatingRecordView
} from '@/components/application/record'
import { useAmendForm } from '@/components/application/use-amend-form'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { FormSubmit } from '@/components/form-submit'
import { Page } from '@/components/page'
import { RatingForm } from '@/components/rating-form'
import { StatusMessagesOffer } from '@/components/status-messages'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { useRouteParam } from '@/platform/route-params'
import { govMessages } from '../../i18n'

export default function ApplicationPage() {
  const t = useTranslate(govMessages)
  const id = useRouteParam('id') ?? ''
  const application = useApplication(id)
  const unseen = application.data?.unseen
  useEffect(() => {
    if (unseen) void applicationsApi.markSeen(id)
  }, [id, unseen])
  return (
    <Page title={t('gov.application.title')} className='application'>
      <AsyncView query={application} t={t}>
        {(a) => <ApplicationDetail t={t} a={a} />}
      </AsyncView>
    </Page>
  )
}

function ApplicationDetail({ t, a }: { t: Translate; a: ApplicationView }) {
  const form = useApplicationForm(a.status === 'amending' ? a.matterId : '').data
  return (
    <>
      <ApplicationSummary t={t} a={a} now={Date.now()} />
      <ApplicationPayments t={t} a={a} />
      {isClosedApplication(a.status) && a.status !== 'paying' ? null : <StatusMessagesOffer kind='application' />}
      {a.status === 'amending' && form ? <AmendSection t={t} a={a} form={form} /> : null}
      {isClosedApplication(a.status) && a.ratings.length === 0 ? (
        <RatingForm
          t={t}
          id='application-rate'
          title={t('application.rate.title')}
          reasonHint={t('application.rate.hint')}
          onRate={async (level, reason) => {
            await applicationsApi.rate(a.id, level, reason)
            void Taro.showToast({
              title: t(isBadRating(level) ? 'application.rate.followed' : 'application.rate.done'),
              icon: 'none'
            })
          }}
        />
      ) : null}
      {a.ratings.map((r) => (
        <RatingRecordView key={r.at} t={t} rating={r} />
      ))}
      <ApplicationTimeline t={t} a={a} />
    </>
  )
}

/** 补正: the fields and materials the office asked for, filled in again and sent back */
function AmendSection({ t, a, form }: { t: Translate; a: ApplicationView; form: ApplicationForm }) {
  const [notice, setNotice] = useState('')
  const state = useAmendForm(t, form, a, () => {
    void Taro.showToast({ title: t('application.amend.done'), icon: 'success' })
  })
  return (
    <View id='application-amend'>
      <Section title={t('application.amend.title')}>
        <Text className='wst-apply__note'>{t('application.amend.intro')}</Text>
      </Section>
      <ApplicationFields t={t} state={state} onNotice={setNotice} applicant={false} />
      {notice ? <Banner tone='error'>{notice}</Banner> : null}
      <FormSubmit form={state} id='application-amend-submit' label={t('application.amend.submit')} />
    </View>
  )
}
