import { Button, Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useEffect } from 'react'
import type { ServiceGuide } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone, openMap } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { routes } from '@/routes'
import { userApi, useIsFavourite, useServiceGuide } from '../../api'
import { govMessages } from '../../i18n'
import { crossBorderLabel, crossCityLabel } from '../../model'
import { serviceRef, useSavedService } from '../../saved'
import './index.scss'

export default function Guide() {
  const t = useTranslate(govMessages)
  const id = useRouteParam('id') ?? ''
  const guide = useServiceGuide(id)
  const favourite = useIsFavourite(serviceRef(id)).data ?? false
  // the service as 我的 keeps it (both scripts' titles), for history and favourites
  const saved = useSavedService(id).data

  useEffect(() => {
    if (saved) void userApi.addHistory({ ...saved, at: Date.now() })
  }, [saved])

  useShareAppMessage(() => ({ title: guide.data?.name ?? t('gov.guide.title'), path: routes.guide(id) }))

  const toggleFavourite = async () => {
    if (!saved) return
    const now = await userApi.toggleFavourite(saved)
    void Taro.showToast({ title: now ? t('gov.guide.favouriteAdded') : t('gov.guide.favouriteRemoved'), icon: 'none' })
  }

  return (
    <Page title={t('gov.guide.title')} className='guide'>
      <AsyncView query={guide} t={t}>
        {(s) => <GuideSections s={s} t={t} favourite={favourite} onFavourite={toggleFavourite} />}
      </AsyncView>
    </Page>
  )
}

interface GuideSectionsProps {
  s: ServiceGuide
  t: Translate
  favourite: boolean
  onFavourite(): void
}

function GuideSections({ s, t, favourite, onFavourite }: GuideSectionsProps) {
  const crossCity = crossCityLabel(s.crossCity, t)
  const crossBorder = crossBorderLabel(s.crossBorder, t)

  return (
    <>
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
            onClick={onFavourite}
            aria-pressed={favourite}
          >
            {favourite ? `★ ${t('gov.guide.favourited')}` : `☆ ${t('gov.guide.favourite')}`}
          </Button>
          <Button className='wst-button wst-button--small wst-button--secondary' openType='share'>
            {t('gov.guide.share')}
          </Button>
        </View>
      </View>

      <Section title={t('gov.guide.basic')}>
        <Cell title={t('gov.guide.department')} extra={s.department.name} />
        <Cell title={t('gov.guide.kind')} extra={s.kind} />
        <Cell title={t('gov.guide.themes')} extra={s.themes.map((th) => th.name).join('、')} />
        <Cell title={t('gov.guide.code')} extra={s.code} />
      </Section>

      <Section title={t('gov.guide.cross')}>
        <View className='wst-prose'>
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
        </View>
      </Section>

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

      <Section title={t('gov.guide.limits')}>
        <View className='wst-prose'>
          <Text className='wst-prose__p'>{t('gov.guide.statutory', { days: s.statutoryDays })}</Text>
          <Text className='wst-prose__p'>
            {s.promisedDays === 0 ? t('gov.guide.promisedInstant') : t('gov.guide.promised', { days: s.promisedDays })}
          </Text>
          <Text className='wst-prose__p'>
            {t('gov.labelValue', {
              label: t('gov.guide.visits'),
              value: s.visits === 0 ? t('gov.guide.visitsZero') : t('gov.guide.visitsValue', { visits: s.visits })
            })}
          </Text>
          <Text className='wst-prose__p'>{t('gov.labelValue', { label: t('gov.guide.fee'), value: s.fee })}</Text>
        </View>
      </Section>

      <Section title={t('gov.guide.legalBasis')}>
        <List items={s.legalBasis} />
      </Section>

      <Section title={t('gov.guide.channels')}>
        <View className='wst-prose'>
          <Text className='wst-prose__p'>{t('gov.guide.online', { channels: s.onlineChannels.join('、') })}</Text>
          <Text className='wst-prose__p'>{s.offline ? t('gov.guide.offline') : t('gov.guide.offlineNo')}</Text>
        </View>
      </Section>

      {s.halls.length ? (
        <Section title={t('gov.guide.places')}>
          {s.halls.map((h) => (
            <Cell
              key={h.id}
              title={h.name}
              subtitle={`${h.address}；${t('gov.guide.hours', { hours: h.hours })}`}
              extra={t('gov.guide.navigate')}
              onClick={() => void openMap(h)}
            />
          ))}
        </Section>
      ) : null}

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

      {s.bookable ? (
        <Button className='wst-button' onClick={() => go(routes.booking(s.id))}>
          {t('gov.guide.book')}
        </Button>
      ) : null}
    </>
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
