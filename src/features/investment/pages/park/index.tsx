// 园区详情: what the park is (kind, district, area, leading industries); its land and plants with their sample prices;
// utilities, ports and transport; the drive from Shenzhen and Zhongshan (the zone's city first); highlights, contacts
// to call and the projects it offers. 导航, 收藏, share, 我要对接 and 企业诉求 117.
import { Button, Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import type { Translate } from '@/core/i18n'
import type { Park } from '@/core/investment/types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { FactRows } from '@/components/fact-rows'
import { Page } from '@/components/page'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone, openMap } from '@/platform/contact'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { PARK_SOURCE, usePark, useProjects, useSavedRecord } from '../../api'
import { AppealButton, ConsultButton, FavouriteButton } from '../../components/place-actions'
import { areaText, districtText, fromText, groupedNumber, priceText } from '../../components/place-format'
import { PlaceLines } from '../../components/place-lines'
import { useFromCitiesFirst } from '../../components/place-origin'
import { industriesText } from '../../components/place-row'
import { ProjectRow } from '../../components/project-row'
import { investmentMessages } from '../../i18n'
import '../../investment.scss'

export default function ParkPage() {
  const t = useTranslate(investmentMessages)
  const id = useRouteParam('id') ?? ''
  const park = usePark(id)
  useShareAppMessage(() => ({
    title: park.data?.name ?? t('investment.park.title'),
    path: pageUrl('investment', 'park', { id })
  }))
  return (
    <Page title={t('investment.park.title')}>
      <AsyncView query={park} t={t}>
        {(p) => <ParkView t={t} park={p} />}
      </AsyncView>
    </Page>
  )
}

function ParkView({ t, park: p }: { t: Translate; park: Park }) {
  const saved = useSavedRecord(PARK_SOURCE, p.id, t)
  const cities = useFromCitiesFirst()
  const projects = (useProjects().data ?? []).filter((x) => x.park === p.id)
  return (
    <>
      <Banner>{t('investment.sample')}</Banner>
      <Section title={p.name}>
        <View className='wst-row wst-prose'>
          <Tag>{t(`investment.parkKind.${p.kind}`)}</Tag>
          <Tag tone='muted'>{districtText(t, p.district)}</Tag>
        </View>
        <Text className='wst-prose'>{p.summary}</Text>
        <FactRows
          rows={[
            [t('investment.park.kind'), t(`investment.parkKind.${p.kind}`)],
            [t('investment.park.district'), districtText(t, p.district)],
            [t('investment.park.address'), p.address],
            [t('investment.park.area'), areaText(t, p.area)],
            [t('investment.park.industries'), industriesText(t, p, true)]
          ]}
        />
        <View className='investment-actions'>
          <Button className='wst-button wst-button--secondary' onClick={() => void openMap(p)}>
            {t('investment.park.navigate')}
          </Button>
          <FavouriteButton t={t} saved={saved} />
        </View>
        <Text className='wst-note'>{t('investment.park.coordinates')}</Text>
      </Section>
      <Section title={t('investment.park.land')}>
        <FactRows
          rows={[
            [
              t('investment.park.landAvailable'),
              t('investment.withSample', {
                text: t('investment.park.landValue', { mu: groupedNumber(p.land.availableMu) })
              })
            ],
            [t('investment.park.landPrice'), priceText(t, p.land.price)],
            ...(p.plants
              ? ([
                  [
                    t('investment.park.plantsAvailable'),
                    t('investment.withSample', {
                      text: t('investment.park.plantsValue', { m2: groupedNumber(p.plants.availableM2) })
                    })
                  ],
                  [t('investment.park.plantsPrice'), priceText(t, p.plants.price)]
                ] as const)
              : [])
          ]}
        />
        {p.plants ? null : <Text className='wst-note'>{t('investment.park.noPlants')}</Text>}
        <Text className='wst-note'>{p.land.note ?? t('investment.park.landNote')}</Text>
      </Section>
      <Section title={t('investment.park.utilities')}>
        <PlaceLines lines={p.utilities} />
      </Section>
      <Section title={t('investment.park.transport')}>
        <PlaceLines lines={p.transport} />
      </Section>
      <Section title={t('investment.park.distance')}>
        <FactRows rows={cities.map((c) => [t(`investment.from.label.${c}`), fromText(t, p.from[c])] as const)} />
        <Text className='wst-note'>{t('investment.from.note')}</Text>
      </Section>
      <Section title={t('investment.park.highlights')}>
        <PlaceLines lines={p.highlights} />
      </Section>
      <Section title={t('investment.park.contacts')}>
        {p.contacts.map((c) => (
          <View key={c.name} className='investment-contact'>
            <Text className='investment-contact__name'>
              {c.sample ? t('investment.park.contactSample', { name: c.name }) : c.name}
            </Text>
            <Button
              className='wst-button wst-button--small wst-button--secondary'
              aria-label={`${t('common.call', { phone: c.phone })} ${c.name}`}
              onClick={() => void callPhone(c.phone)}
            >
              {t('common.call', { phone: c.phone })}
            </Button>
          </View>
        ))}
      </Section>
      <Section title={t('investment.park.projects')}>
        {projects.length ? (
          projects.map((x) => <ProjectRow key={x.id} t={t} project={x} />)
        ) : (
          <Text className='wst-note'>{t('investment.park.noProjects')}</Text>
        )}
      </Section>
      <ConsultButton t={t} preset={{ park: p.id }} />
      <AppealButton t={t} subject={p.name} district={p.district} />
      <Text className='wst-note'>{t('investment.park.source', { source: p.source })}</Text>
    </>
  )
}
