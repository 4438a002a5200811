import { Button, Input } from '@tarojs/components'
import { useState } from 'react'
import { validateCaseReference } from '@/core/validators'
import { errorMessage } from '@/components/error-view'
import { Page } from '@/components/page'
import { Cell, Field, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { useRouteParam } from '@/platform/route-params'
import { useCase } from '../../api'
import { govMessages } from '../../i18n'

/** the reference as the lookup takes it, or the message key of what is wrong with it */
const check = (reference: string) => {
  const checked = validateCaseReference(reference)
  return checked.ok ? { asked: checked.value, invalid: '' } : { asked: '', invalid: checked.code }
}

/** 办件查询: look a case up by its reference number */
export default function Progress() {
  const t = useTranslate(govMessages)
  const [reference, setReference] = useState(useRouteParam('ref') ?? '')
  // a link that carries its reference (?ref=) shows the case at once
  const [lookup, setLookup] = useState(() => (reference ? check(reference) : { asked: '', invalid: '' }))
  // typing hides the last message; the next query shows its own
  const [typing, setTyping] = useState(false)
  const found = useCase(lookup.asked)
  const record = !found.error && found.data?.reference === lookup.asked ? found.data : undefined

  const query = () => {
    const next = check(reference)
    setTyping(false)
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
      <Section>
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
