import { Button, Input, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { validateCaseReference } from '@/core/validators'
import { errorMessage } from '@/components/error-view'
import { Page } from '@/components/page'
import { Cell, Field, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { applicationOutbox, useMatterName, useMyApplications } from '@/components/application/api'
import { ApplicationStatusTag, progressText } from '@/components/application/record'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import type { Translate } from '@/core/i18n'
import { useCase } from '../../api'
import { govMessages } from '../../i18n'

/** the reference as the lookup takes it, or the message key of what is wrong with it */
const check = (reference: string) => {
  const checked = validateCaseReference(reference)
  return checked.ok ? { asked: checked.value, invalid: '' } : { asked: '', invalid: checked.code }
}

/** 我的办件: the user's own online applications, newest first, after what still waits in the outbox (待发送) */
function MyApplications({ t }: { t: Translate }) {
  const mine = useMyApplications()
  const matterName = useMatterName()
  const queued = Object.values(applicationOutbox.useOutbox((s) => s.items)).sort((a, b) => b.queuedAt - a.queuedAt)
  useEffect(() => {
    applicationOutbox.watch()
    // what an earlier visit left queued goes as soon as the page is open (a sent one reloads this list)
    void applicationOutbox.flush()
  }, [])
  return (
    <Section title={t('application.mine')}>
      {queued.length > 0 ? (
        <Banner
          action={
            <Text className='wst-link' onClick={() => void applicationOutbox.flush()}>
              {t('application.outbox.send')}
            </Text>
          }
        >
          {t('application.outbox.pending', { count: queued.length })}
        </Banner>
      ) : null}
      {queued.map(({ request, refused }) => (
        <Cell
          key={request.idempotencyKey}
          title={matterName({ matterId: request.matterId, matterName: request.matterId })}
          subtitle={refused ? t(refused) : t('application.outbox.offline')}
          extra={<Tag tone='warn'>{t('application.outbox.tag')}</Tag>}
        />
      ))}
      <AsyncView query={mine} t={t} empty={queued.length ? undefined : t('application.mine.empty')}>
        {(list) =>
          list.map((a) => (
            <Cell
              key={a.id}
              title={matterName(a)}
              // 公示至 … / 下一期 …: what a subsidy waits for, beside the number and any news
              subtitle={[a.reference, progressText(t, a, Date.now()), a.unseen ? t('application.unseen') : '']
                .filter(Boolean)
                .join(' · ')}
              extra={<ApplicationStatusTag t={t} a={a} />}
              onClick={() => go(routes.application(a.id))}
            />
          ))
        }
      </AsyncView>
    </Section>
  )
}

/** 办件查询: the user's own applications, and any case looked up by its reference number */
export default function Progress() {
  const t = useTranslate(govMessages)
  const [reference, setReference] = useState(useRouteParam('ref') ?? '')
  // a link that carries its reference (?ref=) shows the case at once
  const [lookup, setLookup] = useState(() => (reference ? check(reference) : { asked: '', invalid: '' }))
  // typing hides the last message; the next query shows its own
  const [typing, setTyping] = useState(false)
  const found = useCase(lookup.asked)
  const record = !found.error && found.data?.reference === lookup.asked ? found.data : undefined

  const mine = useMyApplications().data
  const query = () => {
    const next = check(reference)
    setTyping(false)
    // one of the user's own online applications opens with its whole timeline
    const own = mine?.find((a) => a.reference === next.asked)
    if (own) return go(routes.application(own.id))
    if (next.asked && next.asked === lookup.asked) void found.reload()
    else setLookup(next)
  }
  const error = typing
    ? undefined
    : lookup.invalid
      ? t(lookup.invalid)
      : found.error && lookup.asked
        ? errorMessage(t, found.error)
        : undefined

  return (
    <Page title={t('gov.progress.title')}>
      <MyApplications t={t} />
      <Section title={t('gov.progress.lookup')}>
        <Field label={t('gov.progress.reference')} error={error} hint={t('gov.progress.hint')}>
          <Input
            className='wst-input'
            id='progress-reference'
            value={reference}
            placeholder={t('gov.progress.placeholder')}
            maxlength={24}
            onInput={(e) => {
              setReference(e.detail.value)
              setTyping(true)
            }}
            onConfirm={query}
          />
        </Field>
      </Section>
      <Button
        className={`wst-button ${found.loading ? 'wst-button--busy' : ''}`}
        id='progress-query'
        loading={found.loading}
        disabled={found.loading}
        onClick={query}
      >
        {t('gov.progress.query')}
      </Button>
      {record ? (
        <Section title={record.reference} extra={<Tag tone='ok'>{t(`gov.progress.status.${record.status}`)}</Tag>}>
          {record.serviceName ? <Cell title={t('gov.progress.service', { name: record.serviceName })} /> : null}
          <Cell title={t('gov.progress.applicant', { name: record.applicant })} />
          {[...record.history].reverse().map((h) => (
            <Cell
              key={h.at + h.status}
              title={t(`gov.progress.status.${h.status}`)}
              subtitle={`${h.at.replace('T', ' ').slice(0, 16)}  ${h.note}`}
            />
          ))}
        </Section>
      ) : null}
    </Page>
  )
}
