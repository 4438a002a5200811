import { Button, Input } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { CaseRecord } from '@/core/gov-services/types'
import { validateCaseReference } from '@/core/validators'
import { errorMessage } from '@/components/error-view'
import { Page } from '@/components/page'
import { Cell, Field, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { useSettings } from '@/stores/settings'
import { govApi } from '../../api'
import { govMessages } from '../../i18n'
import { useRouteParam } from '@/platform/route-params'

/** 办件查询: look a case up by its reference number */
export default function Progress() {
  const t = useTranslate(govMessages)
  const locale = useSettings((s) => s.locale)
  const [reference, setReference] = useState(useRouteParam('ref') ?? '')
  const [error, setError] = useState('')
  const [found, setFound] = useState<CaseRecord>()
  const [busy, setBusy] = useState(false)

  const query = async () => {
    const checked = validateCaseReference(reference)
    setFound(undefined)
    if (!checked.ok) return setError(t(checked.code))
    setError('')
    setBusy(true)
    try {
      setFound(await govApi.findCase(checked.value, locale))
    } catch (e) {
      setError(errorMessage(t, e))
    } finally {
      setBusy(false)
    }
  }

  // a link that carries its reference (?ref=) shows the case at once
  useEffect(() => {
    if (reference) void query()
  }, []) // eslint-disable-line react-hooks/exhaustive-deps

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
              setError('')
            }}
            onConfirm={() => void query()}
          />
        </Field>
      </Section>
      <Button
        className={`wst-button ${busy ? 'wst-button--busy' : ''}`}
        id='progress-query'
        loading={busy}
        disabled={busy}
        onClick={() => void query()}
      >
        {t('gov.progress.query')}
      </Button>
      {found ? (
        <Section title={found.reference} extra={<Tag tone='ok'>{t(`gov.progress.status.${found.status}`)}</Tag>}>
          {found.serviceName ? <Cell title={t('gov.progress.service', { name: found.serviceName })} /> : null}
          <Cell title={t('gov.progress.applicant', { name: found.applicant })} />
          {[...found.history].reverse().map((h) => (
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
