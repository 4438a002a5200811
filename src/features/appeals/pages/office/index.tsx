// Development builds only (see DEV_PAGES in src/routes.ts): act as the 12345 centre and the handling
// units, so the whole loop can be walked through by hand against the embedded backend.
import { Button, Picker, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { AppealEvent, AppealUnit } from '@/core/appeals/types'
import type { AppealView, OfficeCommand } from '@/backend/types'
import { allowedEvents } from '@/core/appeals/workflow'
import type { Translate } from '@/core/i18n'
import { errorMessage } from '@/components/error-view'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { appealsApi, useAppealCatalogue, useOfficeAppeals } from '../../api'
import { Countdown } from '../../components/deadlines'
import { appealMessages } from '../../i18n'
import { statusLabel, statusTone } from '../../model'

export default function OfficePage() {
  const t = useTranslate(appealMessages)
  const appeals = useOfficeAppeals()
  const units = useAppealCatalogue().data?.units ?? []

  return (
    <Page title={t('appeal.office.title')}>
      <Banner>{t('appeal.office.hint')}</Banner>
      <AsyncView query={appeals} t={t} empty={t('appeal.office.empty')}>
        {(list) => list.map((a) => <OfficeCard key={a.id} t={t} appeal={a} units={units} />)}
      </AsyncView>
    </Page>
  )
}

/** an action invalidates the appeals: this list and the citizen's pages show the new state */
function OfficeCard({ t, appeal: a, units }: { t: Translate; appeal: AppealView; units: AppealUnit[] }) {
  // kept by id, so a unit list that arrives later still shows the proposed unit
  const [unitId, setUnitId] = useState(a.routing.unitId ?? '')
  const unitIndex = Math.max(
    0,
    units.findIndex((u) => u.id === unitId)
  )
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const events = [
    ...allowedEvents(a.status, 'center').map((e) => ['center', e] as const),
    ...allowedEvents(a.status, 'unit').map((e) => ['unit', e] as const)
  ]

  const command = (actor: 'center' | 'unit', event: AppealEvent): OfficeCommand => {
    switch (event) {
      case 'dispatch':
      case 'reassign':
        return { actor, event, unitId: units[unitIndex]?.id ?? '' }
      case 'return':
        return { actor, event, note }
      case 'reply':
        return { actor, event, text: note, attachments: [] }
      default:
        return { actor, event } as OfficeCommand
    }
  }
  const act = async (actor: 'center' | 'unit', event: AppealEvent) => {
    try {
      await appealsApi.office.act(a.id, command(actor, event))
      setError('')
      setNote('')
    } catch (e) {
      setError(errorMessage(t, e))
    }
  }

  return (
    <Section title={a.reference} extra={<Tag tone={statusTone(a.status)}>{statusLabel(t, a.status)}</Tag>}>
      <View className='appeal-detail__pad'>
        <Text>{Array.from(a.content).slice(0, 80).join('')}</Text>
        <Countdown t={t} deadlines={a.deadlines} />
        <Picker
          mode='selector'
          range={units.map((u) => u.name)}
          value={unitIndex}
          onChange={(e) => setUnitId(units[Number(e.detail.value)].id)}
        >
          <View className='wst-input'>{`${t('appeal.office.unit')}：${units[unitIndex]?.name ?? ''} ▾`}</View>
        </Picker>
        <Textarea
          className='wst-input'
          value={note}
          placeholder={t('appeal.office.note')}
          onInput={(e) => setNote(e.detail.value)}
        />
        <View className='wst-chips'>
          {events.map(([actor, event]) => (
            <Button
              key={`${actor}-${event}`}
              className='wst-button wst-button--small'
              onClick={() => act(actor, event)}
            >
              {`${t(`appeal.actor.${actor}`)}：${t(`appeal.event.${event}`)}`}
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
