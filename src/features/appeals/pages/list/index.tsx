import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { AppealView } from '@/backend/types'
import type { Translate } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import { ChipGroup } from '@/components/chip-group'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import { useAppeals } from '../../api'
import { Countdown } from '../../components/deadlines'
import { appealMessages } from '../../i18n'
import { isStatusFilter, shortTime, STATUS_FILTERS, statusLabel, statusTone, type StatusFilter } from '../../model'
import { flushOutbox, useOutbox, watchOutbox, type OutboxItem } from '../../outbox'
import { draftFromRequest, useAppealDrafts, useAppealPhotos } from '../../store'
import './index.scss'

const excerpt = (text: string) => (Array.from(text).length > 60 ? `${Array.from(text).slice(0, 60).join('')}…` : text)
const FILTERS = Object.keys(STATUS_FILTERS) as StatusFilter[]

export default function AppealListPage() {
  const t = useTranslate(appealMessages)
  const param = useRouteParam('status')
  const [filter, setFilter] = useState<StatusFilter>(isStatusFilter(param) ? param : 'all')
  const queued = Object.values(useOutbox((s) => s.items)).sort((a, b) => b.queuedAt - a.queuedAt)
  const removeQueued = useOutbox((s) => s.remove)
  const replaceDraft = useAppealDrafts((s) => s.replace)
  const setPhotos = useAppealPhotos((s) => s.set)
  // a filing that is sent (here or in the background) invalidates the appeals: the list shows what it became
  const appeals = useAppeals()

  // whatever waits in the outbox is tried again whenever the list is shown, and when the network returns
  const sendQueued = () => flushOutbox()
  useEffect(() => watchOutbox(), [])
  useDidShow(() => void sendQueued())
  usePullDownReload([appeals], sendQueued)

  /** a refused filing goes back to its form, to be corrected and sent as a new filing */
  const edit = ({ request }: OutboxItem) => {
    const back = draftFromRequest(request)
    replaceDraft(request.channel, back.draft)
    setPhotos(request.channel, back.photos)
    removeQueued(request.idempotencyKey)
    go(routes.fileAppeal(request.channel === 'enterprise' ? { channel: 'enterprise' } : undefined))
  }

  const statuses = STATUS_FILTERS[filter] as readonly string[] | null
  const shown = (appeals.data ?? []).filter((a) => !statuses || statuses.includes(a.status))

  return (
    <Page title={t('appeal.list.title')} className='appeal-list'>
      <ChipGroup
        kind='tabs'
        className='appeal-list__filters'
        label={t('appeal.filter')}
        options={FILTERS.map((f) => ({ value: f, label: t(`appeal.filter.${f}`) }))}
        value={filter}
        onChange={setFilter}
      />

      {queued.length ? (
        <Section
          title={t('appeal.outbox.title')}
          extra={
            <Text className='wst-link' onClick={() => void sendQueued()}>
              {t('appeal.outbox.retry')}
            </Text>
          }
        >
          {queued.map((item) => (
            <QueuedRow key={item.request.idempotencyKey} t={t} item={item} onEdit={edit} />
          ))}
        </Section>
      ) : null}

      <AsyncView
        query={appeals}
        t={t}
        empty={t('appeal.list.empty')}
        isEmpty={() => shown.length === 0 && !(filter === 'all' && queued.length)}
        emptyAction={
          <Text className='wst-link' onClick={() => go(routes.fileAppeal())}>
            {t('appeal.list.new')}
          </Text>
        }
      >
        {() =>
          shown.length ? (
            <Section>
              {shown.map((a) => (
                <AppealRow key={a.id} t={t} appeal={a} />
              ))}
            </Section>
          ) : null
        }
      </AsyncView>
    </Page>
  )
}

function QueuedRow({ t, item, onEdit }: { t: Translate; item: OutboxItem; onEdit(item: OutboxItem): void }) {
  return (
    <View className='appeal-list__row appeal-list__row--queued'>
      <View className='appeal-list__head'>
        <Text className='appeal-list__type'>{`${t(`appeal.type.${item.request.type}`)} · ${t(`appeal.channel.${item.request.channel}`)}`}</Text>
        <Tag tone='warn'>{t('appeal.outbox.title')}</Tag>
      </View>
      <Text className='appeal-list__content'>{excerpt(item.request.content)}</Text>
      {item.refused ? (
        <View className='appeal-list__meta'>
          <Text className='appeal-list__refused'>{t('appeal.outbox.refused', { reason: t(item.refused) })}</Text>
          <Text className='wst-link' onClick={() => onEdit(item)}>
            {t('appeal.outbox.edit')}
          </Text>
        </View>
      ) : (
        <Text className='appeal-list__meta'>{`${t('appeal.outbox.hint')}${item.attempts ? ` · ${t('appeal.outbox.attempts', { count: item.attempts })}` : ''}`}</Text>
      )}
    </View>
  )
}

function AppealRow({ t, appeal: a }: { t: Translate; appeal: AppealView }) {
  const live = !['closed', 'withdrawn'].includes(a.status)
  return (
    <View className='appeal-list__row' hoverClass='appeal-list__row--pressed' onClick={() => go(routes.appeal(a.id))}>
      <View className='appeal-list__head'>
        <Text className='appeal-list__type'>
          {`${t(`appeal.type.${a.type}`)} · ${t(`appeal.channel.${a.channel}`)}`}
          {a.unseen ? <Text className='appeal-list__dot'>{` ● ${t('appeal.unseen')}`}</Text> : null}
        </Text>
        <Tag tone={statusTone(a.status)}>{statusLabel(t, a.status)}</Tag>
      </View>
      <Text className='appeal-list__content'>{excerpt(a.content)}</Text>
      <Text className='appeal-list__meta'>
        {`${a.reference} · ${shortTime(a.createdAt)}`}
        {a.confidential
          ? ` · ${t('appeal.confidentialMark')}`
          : a.contact
            ? ` · ${a.contact.name} ${a.contact.phone}`
            : ''}
      </Text>
      {live ? <Countdown t={t} deadlines={a.deadlines} /> : null}
    </View>
  )
}
