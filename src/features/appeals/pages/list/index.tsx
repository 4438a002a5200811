import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { AppealView } from '@/backend/types'
import { ErrorView } from '@/components/error-view'
import { Page } from '@/components/page'
import { Empty, Section, Tag } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import { appealsApi } from '../../api'
import { Countdown } from '../../components/deadlines'
import { appealMessages } from '../../i18n'
import { isStatusFilter, shortTime, STATUS_FILTERS, statusTone, type StatusFilter } from '../../model'
import { flushOutbox, watchOutbox } from '../../outbox'
import { draftFromRequest, useAppealDrafts, useAppealPhotos, useOutbox, type OutboxItem } from '../../store'
import './index.scss'

const excerpt = (text: string) => (Array.from(text).length > 60 ? `${Array.from(text).slice(0, 60).join('')}…` : text)

export default function AppealListPage() {
  const t = useTranslate(appealMessages)
  const param = useRouteParam('status')
  const [filter, setFilter] = useState<StatusFilter>(isStatusFilter(param) ? param : 'all')
  const queued = Object.values(useOutbox((s) => s.items)).sort((a, b) => b.queuedAt - a.queuedAt)
  const removeQueued = useOutbox((s) => s.remove)
  const replaceDraft = useAppealDrafts((s) => s.replace)
  const setPhotos = useAppealPhotos((s) => s.set)
  const [round, setRound] = useState(0)
  const appeals = useAsync(() => appealsApi.list(), [round])

  // whatever waits in the outbox is tried again whenever the list is shown, and when the network returns
  const sendQueued = () =>
    flushOutbox().then((outcomes) => Object.values(outcomes).some((o) => o.kind === 'sent') && setRound((r) => r + 1))
  useEffect(() => watchOutbox(), [])
  // a filing sent in the background (the network came back) leaves the outbox: list the appeal it became
  const queuedCount = queued.length
  const lastQueued = useRef(queuedCount)
  useEffect(() => {
    if (queuedCount < lastQueued.current) setRound((r) => r + 1)
    lastQueued.current = queuedCount
  }, [queuedCount])
  useDidShow(() => {
    setRound((r) => r + 1)
    void sendQueued()
  })
  usePullDownRefresh(() => {
    void sendQueued().finally(() => Taro.stopPullDownRefresh())
  })

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
      <View className='wst-chips appeal-list__filters' role='tablist'>
        {(Object.keys(STATUS_FILTERS) as StatusFilter[]).map((f) => (
          <View
            key={f}
            role='tab'
            aria-selected={filter === f}
            className={`wst-chip ${filter === f ? 'wst-chip--on' : ''}`}
            onClick={() => setFilter(f)}
          >
            {t(`appeal.filter.${f}`)}
          </View>
        ))}
      </View>

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
            <View key={item.request.idempotencyKey} className='appeal-list__row appeal-list__row--queued'>
              <View className='appeal-list__head'>
                <Text className='appeal-list__type'>{`${t(`appeal.type.${item.request.type}`)} · ${t(`appeal.channel.${item.request.channel}`)}`}</Text>
                <Tag tone='warn'>{t('appeal.outbox.title')}</Tag>
              </View>
              <Text className='appeal-list__content'>{excerpt(item.request.content)}</Text>
              {item.refused ? (
                <View className='appeal-list__meta'>
                  <Text className='appeal-list__refused'>
                    {t('appeal.outbox.refused', { reason: t(item.refused) })}
                  </Text>
                  <Text className='wst-link' onClick={() => edit(item)}>
                    {t('appeal.outbox.edit')}
                  </Text>
                </View>
              ) : (
                <Text className='appeal-list__meta'>{`${t('appeal.outbox.hint')}${item.attempts ? ` · ${t('appeal.outbox.attempts', { count: item.attempts })}` : ''}`}</Text>
              )}
            </View>
          ))}
        </Section>
      ) : null}

      {appeals.error ? <ErrorView t={t} error={appeals.error} onRetry={appeals.reload} /> : null}
      {appeals.data && shown.length === 0 && !(filter === 'all' && queued.length) ? (
        <Empty
          message={t('appeal.list.empty')}
          action={
            <Text className='wst-link' onClick={() => go(routes.fileAppeal())}>
              {t('appeal.list.new')}
            </Text>
          }
        />
      ) : null}
      {shown.length ? (
        <Section>
          {shown.map((a) => (
            <AppealRow key={a.id} t={t} appeal={a} />
          ))}
        </Section>
      ) : null}
    </Page>
  )
}

function AppealRow({ t, appeal: a }: { t: ReturnType<typeof useTranslate>; appeal: AppealView }) {
  const live = !['closed', 'withdrawn'].includes(a.status)
  return (
    <View className='appeal-list__row' hoverClass='appeal-list__row--pressed' onClick={() => go(routes.appeal(a.id))}>
      <View className='appeal-list__head'>
        <Text className='appeal-list__type'>
          {`${t(`appeal.type.${a.type}`)} · ${t(`appeal.channel.${a.channel}`)}`}
          {a.unseen ? <Text className='appeal-list__dot'>{` ● ${t('appeal.unseen')}`}</Text> : null}
        </Text>
        <Tag tone={statusTone(a.status)}>{t(`appeal.status.${a.status}`)}</Tag>
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
