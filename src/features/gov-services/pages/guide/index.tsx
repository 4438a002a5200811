import { Button, Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ServiceGuide, Situation } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { Cell, Section, Tag } from '@/components/ui'
import { showFavouriteFailure } from '@/components/use-saved-record'
import { useTranslate } from '@/components/use-translate'
import { callPhone } from '@/platform/contact'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import { userApi, useIsFavourite, useServiceGuide } from '../../api'
import { ActionBar, ActionBarSpacer } from '../../components/action-bar'
import { GuideHalls } from '../../components/guide-halls'
import { GuideSummary } from '../../components/guide-summary'
import { SituationBar, SituationChoice } from '../../components/situation-choice'
import { govMessages } from '../../i18n'
import { crossBorderLabel, crossCityLabel, matterOf } from '../../model'
import { serviceRef, useSavedService } from '../../saved'
import { guideActions } from './actions'
import { useApplicationForms } from '@/components/application/api'
import './index.scss'

export default function Guide() {
  const t = useTranslate(govMessages)
  const id = useRouteParam('id') ?? ''
  const situationId = useRouteParam('situation')
  const entry = useServiceGuide(id)
  // an item that is one 情形 of a matter asks which situation first, unless the URL names it (share, reload)
  const group = entry.data?.situationGroup
  const situation = group?.situations.find((s) => s.id === situationId)
  const asking = group !== undefined && situation === undefined
  const shownId = situation?.serviceId ?? id
  const guide = useServiceGuide(shownId)

  useShareAppMessage(() => ({
    title: asking ? group.name : (guide.data?.name ?? t('gov.guide.title')),
    path: routes.guide(id, situation?.id)
  }))

  const choose = (s: Situation | undefined) => void Taro.redirectTo({ url: routes.guide(id, s?.id) })

  return (
    <Page title={t('gov.guide.title')} className='guide'>
      <AsyncView query={asking ? entry : guide} t={t}>
        {(s) =>
          asking ? (
            <SituationChoice group={group} t={t} onChoose={choose} />
          ) : (
            <GuideSections s={s} t={t} situation={situation} onChangeSituation={() => choose(undefined)} />
          )
        }
      </AsyncView>
    </Page>
  )
}

interface GuideSectionsProps {
  s: ServiceGuide
  t: Translate
  situation?: Situation
  onChangeSituation(): void
}

function GuideSections({ s, t, situation, onChangeSituation }: GuideSectionsProps) {
  // 在线申办 where this item takes applications in this app
  const applyOnline = useApplicationForms().data?.some((f) => f.matterId === matterOf(s.id)) ?? false
  return (
    <>
      <GuideHead s={s} t={t} />
      {s.situationGroup && situation ? (
        <SituationBar group={s.situationGroup} current={situation} t={t} onChange={onChangeSituation} />
      ) : null}
      <GuideSummary guide={s} t={t} />

      <Section title={t('gov.guide.conditions')}>
        <List items={s.conditions} />
      </Section>

      <Section title={t('gov.guide.materials')}>
        {s.materials.map((m) => (
          <Cell
            key={m.name}
            title={m.name}
            subtitle={m.note ? `${m.copies}；${m.note}` : m.copies}
            extra={m.exempt ? <Tag tone='ok'>{t('gov.guide.exempt')}</Tag> : undefined}
          />
        ))}
        {s.materials.some((m) => m.exempt) ? <Text className='guide__note'>{t('gov.guide.exemptNote')}</Text> : null}
      </Section>

      <Section title={t('gov.guide.steps')}>
        {s.steps.map((step, i) => (
          <Cell key={step.title} title={`${i + 1}. ${step.title}`} subtitle={step.detail} />
        ))}
      </Section>

      {s.halls.length ? <GuideHalls halls={s.halls} bookable={s.bookable} serviceId={s.id} t={t} /> : null}

      <Section title={t('gov.guide.phones')}>
        <Cell
          title={t('gov.guide.enquiry', { phone: s.enquiryPhone })}
          onClick={() => void callPhone(s.enquiryPhone)}
        />
        <Cell
          title={t('gov.guide.complaint', { phone: s.complaintPhone })}
          onClick={() => void callPhone(s.complaintPhone)}
        />
      </Section>

      <MoreInfo s={s} t={t} />
      <ActionBarSpacer />
      <ActionBar
        actions={guideActions(s, t, { applyOnline })}
        t={t}
        channelNote={s.channels.some((c) => c.sample) ? t('gov.channel.sample') : undefined}
      />
    </>
  )
}

/** the name, its tags, 收藏 and 分享 */
function GuideHead({ s, t }: { s: ServiceGuide; t: Translate }) {
  const favourite = useIsFavourite(serviceRef(s.id)).data ?? false
  // the service as 我的 keeps it (both scripts' titles), for history and favourites
  const saved = useSavedService(s.id).data

  useEffect(() => {
    if (saved) userApi.addHistory({ ...saved, at: Date.now() }).catch(() => undefined)
  }, [saved])

  const toggleFavourite = async () => {
    if (!saved) return
    try {
      const now = await userApi.toggleFavourite(saved)
      void Taro.showToast({
        title: now ? t('gov.guide.favouriteAdded') : t('gov.guide.favouriteRemoved'),
        icon: 'none'
      })
    } catch (e) {
      showFavouriteFailure(t, e)
    }
  }

  return (
    <View className='guide__head'>
      <Text className='guide__name'>{s.name}</Text>
      <View>
        {s.audience.map((a) => (
          <Tag key={a}>{t(`gov.audience.${a}`)}</Tag>
        ))}
        {s.featured ? <Tag tone='warn'>{t('gov.tag.featured')}</Tag> : null}
        <Tag tone='muted'>{t('gov.guide.sample')}</Tag>
      </View>
      <View className='guide__actions'>
        <Button
          className={`wst-button wst-button--small ${favourite ? '' : 'wst-button--secondary'}`}
          onClick={() => void toggleFavourite()}
          aria-pressed={favourite}
        >
          {favourite ? `★ ${t('gov.guide.favourited')}` : `☆ ${t('gov.guide.favourite')}`}
        </Button>
        <Button className='wst-button wst-button--small wst-button--secondary' openType='share'>
          {t('gov.guide.share')}
        </Button>
      </View>
    </View>
  )
}

/** 更多信息: what few decide by, folded: department, kind, themes, code, statutory time, basis, reach, channels */
function MoreInfo({ s, t }: { s: ServiceGuide; t: Translate }) {
  const [open, setOpen] = useState(false)
  const crossCity = crossCityLabel(s.crossCity, t)
  const crossBorder = crossBorderLabel(s.crossBorder, t)
  return (
    <Section>
      <View
        className='guide__more'
        role='button'
        aria-expanded={open}
        hoverClass='guide__more--pressed'
        onClick={() => setOpen(!open)}
      >
        <Text className='guide__more-title'>{`${t('gov.guide.more')} ${open ? '▴' : '▾'}`}</Text>
        {open ? null : <Text className='guide__more-hint'>{t('gov.guide.moreHint')}</Text>}
      </View>
      {open ? (
        <>
          <Cell title={t('gov.guide.code')} extra={s.code} />
          <Cell title={t('gov.guide.department')} extra={s.department.name} />
          <Cell title={t('gov.guide.kind')} extra={s.kind} />
          <Cell title={t('gov.guide.themes')} extra={s.themes.map((th) => th.name).join('、')} />
          <View className='wst-prose'>
            <Text className='wst-prose__p'>{t('gov.guide.statutory', { days: s.statutoryDays })}</Text>
            <Text className='wst-prose__p'>
              {crossCity
                ? t('gov.labelValue', { label: t('gov.guide.crossCity'), value: crossCity })
                : t('gov.guide.crossNone')}
            </Text>
            {crossBorder ? (
              <Text className='wst-prose__p'>
                {t('gov.labelValue', { label: t('gov.guide.crossBorder'), value: crossBorder })}
              </Text>
            ) : null}
            <Text className='wst-prose__p'>{t('gov.guide.online', { channels: s.onlineChannels.join('、') })}</Text>
            <Text className='wst-prose__p'>{s.offline ? t('gov.guide.offline') : t('gov.guide.offlineNo')}</Text>
            <Text className='wst-prose__p'>{t('gov.guide.legalBasis')}</Text>
          </View>
          <List items={s.legalBasis} />
        </>
      ) : null}
    </Section>
  )
}

function List({ items }: { items: string[] }) {
  return (
    <View className='wst-prose'>
      {items.map((item, i) => (
        <Text key={item} className='wst-prose__p'>{`${i + 1}. ${item}`}</Text>
      ))}
    </View>
  )
}
