// 园区与平台: every park and platform with its kind, district, area and leading industries and, by the zone's cities,
// the drive from Shenzhen or Zhongshan (both in the 江门专区); filtered by industry chain and district, which a link
// can carry (chain=…, district=…).
import { Button, View } from '@tarojs/components'
import { useState } from 'react'
import { JIANGMEN_DISTRICTS, type District } from '@/core/domain'
import { INDUSTRY_CHAINS, type IndustryChain, type Park } from '@/core/investment/types'
import type { Translate } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { usePullDownReload } from '@/components/query'
import { Empty, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { useParks } from '../../api'
import { PlaceFilter } from '../../components/place-filter'
import { chainText, districtText } from '../../components/place-format'
import { useFromCities } from '../../components/place-origin'
import { PlaceRow } from '../../components/place-row'
import { investmentMessages } from '../../i18n'
import '../../investment.scss'

export default function ParksPage() {
  const t = useTranslate(investmentMessages)
  const parks = useParks()
  usePullDownReload([parks])
  const chain = useRouteParam('chain', oneOf(INDUSTRY_CHAINS))
  const district = useRouteParam('district', oneOf(JIANGMEN_DISTRICTS))
  return (
    <Page title={t('investment.parks.title')}>
      <Banner>{t('investment.sample')}</Banner>
      <AsyncView query={parks} t={t} empty={t('investment.parks.empty')}>
        {(list) => <ParkList t={t} parks={list} initial={{ chain, district }} />}
      </AsyncView>
    </Page>
  )
}

interface Filter {
  chain?: IndustryChain
  district?: District
}

function ParkList({ t, parks, initial }: { t: Translate; parks: Park[]; initial: Filter }) {
  const [filter, setFilter] = useState<Filter>(initial)
  const cities = useFromCities()
  const rows = parks.filter(
    (p) =>
      (!filter.chain || p.industries.includes(filter.chain)) && (!filter.district || p.district === filter.district)
  )
  const any = t('investment.any')
  return (
    <>
      <View className='wst-filters'>
        <PlaceFilter
          id='parks-chain'
          label={t('investment.filter.chain')}
          values={INDUSTRY_CHAINS}
          valueLabel={(c) => chainText(t, c)}
          any={any}
          value={filter.chain}
          onChange={(chain) => setFilter((f) => ({ ...f, chain }))}
        />
        <PlaceFilter
          id='parks-district'
          label={t('investment.filter.district')}
          values={JIANGMEN_DISTRICTS}
          valueLabel={(d) => districtText(t, d)}
          any={any}
          value={filter.district}
          onChange={(district) => setFilter((f) => ({ ...f, district }))}
        />
        <Button
          className='wst-button wst-button--small wst-button--secondary'
          onClick={() => go(pageUrl('investment', 'map'))}
        >
          {t('investment.parks.map')}
        </Button>
      </View>
      <Section title={t('investment.parks.count', { count: rows.length })}>
        {rows.length ? (
          rows.map((p) => <PlaceRow key={p.id} t={t} park={p} cities={cities} />)
        ) : (
          <Empty
            message={t('investment.parks.empty')}
            action={
              <Button className='wst-button wst-button--secondary' onClick={() => setFilter({})}>
                {t('investment.filter.clear')}
              </Button>
            }
          />
        )}
      </Section>
    </>
  )
}
