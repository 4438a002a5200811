import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { AppealCatalogue, AppealView } from '@/backend/types'
import { categoryLabel } from '@/core/appeals/categories'
import { isBadRating, isTerminal } from '@/core/appeals/workflow'
import type { Translate } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { errorMessage } from '@/components/error-view'
import { InlineConfirm } from '@/components/inline-confirm'
import { Page } from '@/components/page'
import { StatusMessagesOffer } from '@/components/status-messages'
import { RatingForm } from '@/components/rating-form'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { previewPhotos } from '@/platform/photos'
import { useRouteParam } from '@/platform/route-params'
import { appealsApi, useAppeal, useAppealCatalogue } from '../../api'
import { DeadlineList } from '../../components/deadlines'
import { RoutingCard } from '../../components/routing-card'
import { appealMessages } from '../../i18n'
import { cityKey, shortTime as time, statusLabel, statusTone } from '../../model'
import './index.scss'

export default function AppealDetailPage() {
  const t = useTranslate(appealMessages)
  const id = useRouteParam('id') ?? ''
  const appeal = useAppeal(id)
  const catalogue = useAppealCatalogue()
  const [banner, setBanner] = useState('')

  const unseen = appeal.data?.unseen
  useEffect(() => {
    if (unseen) void appealsApi.markSeen(id)
  }, [id, unseen])

  /** a citizen action; the appeal is then shown as it is now (the action invalidates it) */
  const run = async (action: () => Promise<AppealView>, done: string) => {
    setBanner('')
    try {
      await action()
      void Taro.showToast({ title: done, icon: 'none' })
      return true
    } catch (e) {
      setBanner(errorMessage(t, e))
      return false
    }
  }

  return (
    <Page title={t('appeal.detail.title')} className='appeal-detail'>
      <AsyncView query={appeal} t={t}>
        {(a) => <AppealSections t={t} a={a} catalogue={catalogue.data} banner={banner} run={run} />}
      </AsyncView>
    </Page>
  )
}

interface AppealSectionsProps {
  t: Translate
  a: AppealView
  catalogue: AppealCatalogue | undefined
  banner: string
  run(action: () => Promise<AppealView>, done: string): Promise<boolean>
}

function AppealSections({ t, a, catalogue, banner, run }: AppealSectionsProps) {
  const units = catalogue?.units ?? []
  const unitName = (unitId?: string) => units.find((u) => u.id === unitId)?.name ?? unitId ?? ''
  const { location } = a

  return (
    <>
      <Section>
        <View className='appeal-detail__head'>
          <Text className='appeal-detail__title'>{`${t(`appeal.type.${a.type}`)} · ${t(`appeal.channel.${a.channel}`)}`}</Text>
          <Tag tone={statusTone(a.status)}>{statusLabel(t, a.status)}</Tag>
        </View>
        <Cell title={t('appeal.reference')} extra={<Text selectable>{a.reference}</Text>} />
        {/* one handler, in one sentence: proposed until the 12345 centre dispatches it, then the unit */}
        <View className='appeal-detail__pad'>
          <RoutingCard
            t={t}
            routing={a.routing}
            units={units}
            tree={catalogue?.categories ?? []}
            categoryCode={a.categoryCode}
            district={location.district}
            assignedUnitId={a.unitId}
          />
        </View>
        {a.redoCount ? (
          <Cell title={t('appeal.event.rate')} extra={<Text>{t('appeal.detail.redo', { count: a.redoCount })}</Text>} />
        ) : null}
      </Section>

      <Section title={t('appeal.deadlines')}>
        <View className='appeal-detail__pad'>
          <DeadlineList t={t} deadlines={a.deadlines} live={!isTerminal(a.status)} />
        </View>
        {isTerminal(a.status) ? null : <StatusMessagesOffer kind='appeal' />}
      </Section>

      {banner ? <Banner tone='error'>{banner}</Banner> : null}
      {a.status === 'awaiting_rating' ? (
        <RatingForm
          t={t}
          id='appeal-rate'
          title={t(a.ratings.length > 0 ? 'appeal.rate.again' : 'appeal.rate')}
          reasonHint={t('appeal.rate.reasonHint')}
          onRate={async (level, reason) => {
            await appealsApi.rate(a.id, level, reason)
            void Taro.showToast({
              title: t(isBadRating(level) ? 'appeal.rate.sentBack' : 'appeal.rate.done'),
              icon: 'none'
            })
          }}
        />
      ) : null}
      {a.status === 'submitted' ? (
        <Section>
          <View className='appeal-detail__pad'>
            <Text className='appeal-detail__muted'>{t('appeal.withdrawHint')}</Text>
            <InlineConfirm
              look='block'
              label={t('appeal.withdraw')}
              confirmLabel={t('appeal.withdrawConfirm')}
              cancelLabel={t('appeal.discardCancel')}
              onConfirm={() => run(() => appealsApi.withdraw(a.id), t('appeal.withdrawn'))}
            />
          </View>
        </Section>
      ) : null}

      <Section title={t('appeal.detail.content')}>
        <View className='appeal-detail__pad'>
          {catalogue ? (
            <Text className='appeal-detail__muted'>{categoryLabel(catalogue.categories, a.categoryCode)}</Text>
          ) : null}
          {/* shown as text, never as markup: whatever the user typed stays inert */}
          <Text className='appeal-detail__content' id='appeal-detail-content' userSelect>
            {a.content}
          </Text>
          {a.tags.length ? (
            <View className='wst-chips'>
              {a.tags.map((tag) => (
                <Tag key={tag}>{catalogue?.tags.find((v) => v.id === tag)?.tag ?? tag}</Tag>
              ))}
            </View>
          ) : null}
          <PhotoGrid paths={a.photos.map((p) => p.path)} />
        </View>
      </Section>

      <Section>
        <Cell
          title={t('appeal.detail.location')}
          subtitle={[
            t(cityKey(location.city)),
            location.district ? t(`appeal.district.${location.district}`) : '',
            location.address
          ]
            .filter(Boolean)
            .join(' ')}
        />
        {a.enterprise ? (
          <Cell title={t('appeal.detail.enterprise')} subtitle={`${a.enterprise.name} ${a.enterprise.creditCode}`} />
        ) : null}
        {a.contact ? (
          <Cell
            title={t('appeal.detail.contact')}
            subtitle={`${a.contact.name} ${a.contact.phone}`}
            extra={a.confidential ? <Tag tone='muted'>{t('appeal.confidentialMark')}</Tag> : undefined}
          />
        ) : null}
      </Section>

      {a.replies.length ? (
        <Section title={t('appeal.detail.replies')}>
          {a.replies.map((r) => (
            <View key={r.at} className='appeal-detail__pad appeal-detail__reply'>
              <Text className='appeal-detail__muted'>{`${unitName(r.unitId)} · ${time(r.at)}`}</Text>
              <Text className='appeal-detail__content'>{r.text}</Text>
              <PhotoGrid paths={r.attachments.map((p) => p.path)} />
            </View>
          ))}
        </Section>
      ) : null}

      {a.ratings.length ? (
        <Section title={t('appeal.event.rate')}>
          {a.ratings.map((r) => (
            <Cell
              key={r.at}
              title={`${t('appeal.rate.round', { round: r.round })} · ${t(`rating.level.${r.level}`)}`}
              subtitle={r.reason}
              extra={<Text>{time(r.at)}</Text>}
            />
          ))}
        </Section>
      ) : null}

      <Section title={t('appeal.detail.timeline')}>
        <View className='appeal-detail__timeline'>
          {[...a.timeline].reverse().map((e, i) => (
            <View key={`${e.at}-${i}`} className='appeal-detail__step'>
              <Text className='appeal-detail__step-title'>{`${t(`appeal.event.${e.event}`)} → ${statusLabel(t, e.to)}`}</Text>
              <Text className='appeal-detail__muted'>
                {`${time(e.at)} · ${t(`appeal.actor.${e.actor}`)}${e.unitId && e.event !== 'submit' ? ` · ${unitName(e.unitId)}` : ''}`}
              </Text>
              {e.note ? <Text className='appeal-detail__note'>{e.note}</Text> : null}
            </View>
          ))}
        </View>
      </Section>
    </>
  )
}

function PhotoGrid({ paths }: { paths: string[] }) {
  if (!paths.length) return null
  return (
    <View className='appeal-detail__photos'>
      {paths.map((path) => (
        <Image
          key={path}
          src={path}
          mode='aspectFill'
          className='appeal-detail__photo'
          onClick={() => previewPhotos(paths, path)}
        />
      ))}
    </View>
  )
}
