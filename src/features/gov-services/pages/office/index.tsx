// Development builds only (devPages in the module record): act as the office that takes online applications
// (受理, 补正, 审核, 办结, 退回; for a subsidy 初审, 复审, 公示, 通过 / 不予通过 and each 发放; for a consultation 对接
// and 办结 with its result; the call-back and 整改
// after a 差评), so the whole loop can be walked through by hand against the embedded backend, as the appeals
// module's 承办端 page does for appeals.
import { Button, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { ApplicationView } from '@/backend/types'
import {
  allowedEvents,
  nextPayment,
  workflowOf,
  type ApplicationEvent,
  type OfficeApplicationCommand
} from '@/core/applications'
import type { Translate } from '@/core/i18n'
import { applicationsApi, useApplicationForm, useMatterName, APPLICATION_SCOPES } from '@/components/application/api'
import {
  ApplicationStatusTag,
  applicationEventLabel,
  deadlineText,
  progressText
} from '@/components/application/record'
import { accessibleName } from '@/components/a11y'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { errorMessage } from '@/components/error-view'
import { Page } from '@/components/page'
import { invalidating, useQuery } from '@/components/query'
import { Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { govMessages } from '../../i18n'
import './index.scss'

const OFFICE_SCOPE = 'applications.office'

export default function ApplicationOfficePage() {
  const t = useTranslate(govMessages)
  const list = useQuery([OFFICE_SCOPE], () => applicationsApi.office.list())
  return (
    <Page title={t('gov.office.title')}>
      <Banner>{t('gov.office.hint')}</Banner>
      <AsyncView query={list} t={t} empty={t('gov.office.empty')}>
        {(items) => items.map((a) => <OfficeCard key={a.id} t={t} a={a} />)}
      </AsyncView>
    </Page>
  )
}

function OfficeCard({ t, a }: { t: Translate; a: ApplicationView }) {
  const form = useApplicationForm(a.matterId).data
  const matterName = useMatterName()
  const [note, setNote] = useState('')
  const [asked, setAsked] = useState<string[]>([])
  const [error, setError] = useState('')
  // a follow-up is offered only while a 差评 waits for it
  const follow = a.ratings[a.ratings.length - 1]?.followUp
  const events = allowedEvents(a, 'office').filter((e) =>
    e === 'callBack'
      ? follow?.calledBackAt === undefined && !!follow
      : e === 'rectify'
        ? !!follow && follow.rectifiedAt === undefined
        : true
  )
  const askable = form
    ? [
        ...form.fields.map((f) => ({ value: `f:${f.id}`, label: f.label })),
        ...form.materials.filter((m) => !m.exempt).map((m) => ({ value: `m:${m.id}`, label: m.name }))
      ]
    : []

  const command = (event: ApplicationEvent, outcome?: 'approved' | 'denied'): OfficeApplicationCommand => {
    switch (event) {
      case 'requestAmend':
        return {
          actor: 'office',
          event,
          note,
          fields: asked.filter((k) => k.startsWith('f:')).map((k) => k.slice(2)),
          materials: asked.filter((k) => k.startsWith('m:')).map((k) => k.slice(2))
        }
      case 'decide':
        return { actor: 'office', event, outcome: outcome ?? 'approved', text: note }
      case 'connect':
      case 'return':
      case 'callBack':
      case 'rectify':
        return { actor: 'office', event, note }
      // a note is optional here: where the publicity is posted, how an instalment was paid
      case 'publicize':
      case 'pay':
        return { actor: 'office', event, ...(note.trim() ? { note } : {}) }
      default:
        return { actor: 'office', event } as OfficeApplicationCommand
    }
  }
  const act = async (event: ApplicationEvent, outcome?: 'approved' | 'denied') => {
    try {
      await invalidating(
        [OFFICE_SCOPE, APPLICATION_SCOPES.list, APPLICATION_SCOPES.one],
        applicationsApi.office.act(a.id, command(event, outcome))
      )
      setError('')
      setNote('')
      setAsked([])
    } catch (e) {
      setError(errorMessage(t, e))
    }
  }
  const workflow = workflowOf(a)
  const next = nextPayment(a)
  const buttons: [string, () => void][] = events.flatMap((e): [string, () => void][] => {
    if (e === 'decide' && workflow === 'consultation')
      return [
        [t('application.office.consultation.agreed'), () => void act(e, 'approved')],
        [t('application.office.consultation.notAgreed'), () => void act(e, 'denied')]
      ]
    if (e === 'decide')
      return workflow === 'subsidy'
        ? [
            // 通过 only once 公示 has started (the workflow refuses it until the period has ended, and says so)
            ...(a.status === 'publicizing'
              ? ([[t('gov.office.pass'), () => void act(e, 'approved')]] as [string, () => void][])
              : []),
            [t('gov.office.fail'), () => void act(e, 'denied')]
          ]
        : [
            [t('gov.office.approve'), () => void act(e, 'approved')],
            [t('gov.office.deny'), () => void act(e, 'denied')]
          ]
    if (e === 'pay' && next) return [[t('gov.office.pay', { label: next.label, due: next.dueOn }), () => void act(e)]]
    return [[applicationEventLabel(t, e, a), () => void act(e)]]
  })
  const progress = progressText(t, a, Date.now())

  return (
    <Section title={`${a.reference} · ${matterName(a)}`} extra={<ApplicationStatusTag t={t} a={a} />}>
      <View className='gov-office__pad'>
        <Text>{deadlineText(t, a, Date.now())}</Text>
        {progress ? <Text>{progress}</Text> : null}
        {events.includes('requestAmend') && askable.length ? (
          <ChipGroup
            kind='multiple'
            label={t('gov.office.askFor')}
            options={askable}
            value={asked}
            onChange={setAsked}
          />
        ) : null}
        {buttons.length ? (
          <Textarea
            className='wst-input'
            value={note}
            placeholder={t('gov.office.note')}
            {...accessibleName(t('gov.office.note'))}
            onInput={(e) => setNote(e.detail.value)}
          />
        ) : null}
        <View className='wst-chips'>
          {buttons.map(([label, run]) => (
            <Button key={label} className='wst-button wst-button--small' onClick={run}>
              {label}
            </Button>
          ))}
        </View>
        {error ? (
          <View className='wst-field__error' role='alert'>
            {error}
          </View>
        ) : null}
      </View>
    </Section>
  )
}
