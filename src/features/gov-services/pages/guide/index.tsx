import { Button, Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { ErrorView } from '@/components/error-view'
import { Page } from '@/components/page'
import { Cell, Empty, Section, Tag } from '@/components/ui'
import { useAsync } from '@/components/use-async'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { useSettings } from '@/stores/settings'
import { govApi, userApi } from '../../api'
import { govMessages } from '../../i18n'
import { crossBorderLabel, crossCityLabel } from '../../model'
import { savedService, serviceRef } from '../../saved'
import './index.scss'
import { useRouteParam } from '@/platform/route-params'

export default function Guide() {
  const t = useTranslate(govMessages)
  const id = useRouteParam('id') ?? ''
  const locale = useSettings((s) => s.locale)
  const guide = useAsync(() => govApi.getService(id, locale), [id, locale])
  const [favourite, setFavourite] = useState(false)
  const s = guide.data

  useEffect(() => {
    void userApi.isFavourite(serviceRef(id)).then(setFavourite)
  }, [id])

  // the service as 我的 keeps it (both scripts' titles), loaded once per guide for history and favourites
  const saved = useAsync(() => savedService(id), [id])
  useEffect(() => {
    if (saved.data) void userApi.addHistory(saved.data)
  }, [saved.data])

  useShareAppMessage(() => ({ title: s?.name ?? t('gov.guide.title'), path: routes.guide(id) }))

  if (guide.error)
    return (
      <Page title={t('gov.guide.title')}>
        <ErrorView t={t} error={guide.error} onRetry={guide.reload} />
      </Page>
    )
  if (!s)
    return (
      <Page title={t('gov.guide.title')}>
        <Empty message={t('common.loading')} />
      </Page>
    )

  const toggleFavourite = async () => {
    if (!saved.data) return
    const now = await userApi.toggleFavourite(saved.data)
    setFavourite(now)
    void Taro.showToast({ title: now ? t('gov.guide.favouriteAdded') : t('gov.guide.favouriteRemoved'), icon: 'none' })
  }
  const crossCity = crossCityLabel(s.crossCity, t)
  const crossBorder = crossBorderLabel(s.crossBorder, t)

  return (
    <Page title={t('gov.guide.title')} className='guide'>
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
            onClick={toggleFavourite}
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
              onClick={() =>
                void Taro.openLocation({
                  latitude: h.latitude,
                  longitude: h.longitude,
                  name: h.name,
                  address: h.address
                }).catch(() => undefined)
              }
            />
          ))}
        </Section>
      ) : null}

      <Section title={t('gov.guide.phones')}>
        <Cell
          title={t('gov.guide.enquiry', { phone: s.enquiryPhone })}
          onClick={() => void Taro.makePhoneCall({ phoneNumber: s.enquiryPhone }).catch(() => undefined)}
        />
        <Cell
          title={t('gov.guide.complaint', { phone: s.complaintPhone })}
          onClick={() => void Taro.makePhoneCall({ phoneNumber: s.complaintPhone }).catch(() => undefined)}
        />
      </Section>

      {s.bookable ? (
        <Button className='wst-button' onClick={() => go(routes.booking(s.id))}>
          {t('gov.guide.book')}
        </Button>
      ) : null}
    </Page>
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
