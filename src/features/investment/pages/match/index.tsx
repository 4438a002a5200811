// 惠企政策匹配: the company profile checked against every policy of the zone's cities, on the device by default
// (core/investment/matching); the profile leaves the device only when the user taps 在服务器上匹配, and the page
// says so. In the 深江 and 中江 zones both cities side by side. What the company meets is kept as the snapshot the
// change notice on the module's home reads.
import { Button, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { useZoneCities } from '@/stores/zone'
import { beijingToday, formatShanghai } from '@/core/calendar/shanghai-time'
import type { CityId } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import { matchCity, type PolicyMatch } from '@/core/investment/matching'
import type { EnterprisePolicy } from '@/core/investment/types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { errorMessage } from '@/components/error-view'
import { Page } from '@/components/page'
import { Empty } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { oneOf, useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { useSettings } from '@/stores/settings'
import { MatchResults } from '../../components/match-results'
import { investmentMessages } from '../../i18n'
import { matchOnServer, usePolicies } from '../../policy-api'
import { answeredCount, useCompany, useMatched } from '../../store'
import '../../investment.scss'
import '../../components/policy-pages.scss'

export default function MatchPage() {
  const t = useTranslate(investmentMessages)
  const policies = usePolicies()
  return (
    <Page title={t('investment.match.title')}>
      <Banner>{t('investment.home.sample')}</Banner>
      <AsyncView query={policies} t={t}>
        {(list) => <Matching t={t} policies={list} />}
      </AsyncView>
    </Page>
  )
}

type Server =
  | { state: 'off' }
  | { state: 'busy' }
  | { state: 'done'; at: number; byCity: Map<CityId, PolicyMatch[]> }
  | { state: 'failed'; error: unknown }

function Matching({ t, policies }: { t: Translate; policies: EnterprisePolicy[] }) {
  const cities = useZoneCities()
  const today = beijingToday()
  const locale = useSettings((s) => s.locale)
  const profile = useCompany((s) => s.profile)
  const record = useMatched((s) => s.record)
  const initialCity = useRouteParam('city', oneOf(cities))
  const [server, setServer] = useState<Server>({ state: 'off' })
  const answered = answeredCount(profile) > 0

  const onDevice = useMemo(
    () => new Map(cities.map((c) => [c, matchCity(policies, c, profile, today)] as const)),
    // the cities' ids are their identity
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [policies, cities.join(), profile, today]
  )
  const byCity = server.state === 'done' ? server.byCity : onDevice

  // what the company meets now is what the change notice compares the policy data with later
  useEffect(() => {
    if (answered) record([...byCity.values()].flat())
  }, [answered, byCity, record])

  const askServer = async () => {
    setServer({ state: 'busy' })
    try {
      const result = await matchOnServer(profile, cities, locale)
      setServer({ state: 'done', at: Date.now(), byCity: new Map(cities.map((c) => [c, result[c] ?? []] as const)) })
    } catch (error) {
      setServer({ state: 'failed', error })
    }
  }

  if (!answered)
    return (
      <Empty
        message={t('investment.match.noProfile')}
        action={
          <Button className='wst-button' onClick={() => go(pageUrl('investment', 'profile'))}>
            {t('investment.match.fill')}
          </Button>
        }
      />
    )

  return (
    <>
      <View className='policy-actions'>
        {server.state === 'done' ? (
          <Text className='wst-note'>
            {t('investment.match.serverDone', { time: formatShanghai(server.at, 'HH:mm') })}
          </Text>
        ) : (
          <Text className='wst-note'>{t('investment.match.local')}</Text>
        )}
        {server.state === 'failed' ? <Banner tone='error'>{errorMessage(t, server.error)}</Banner> : null}
        {server.state === 'done' ? (
          <Button className='wst-button wst-button--secondary' onClick={() => setServer({ state: 'off' })}>
            {t('investment.match.backToDevice')}
          </Button>
        ) : (
          <>
            <Button
              className='wst-button wst-button--secondary'
              disabled={server.state === 'busy'}
              loading={server.state === 'busy'}
              onClick={() => void askServer()}
            >
              {server.state === 'busy' ? t('investment.match.serverBusy') : t('investment.match.server')}
            </Button>
            <Text className='wst-note'>{t('investment.match.serverNote')}</Text>
          </>
        )}
      </View>
      <MatchResults t={t} cities={cities} byCity={byCity} initialCity={initialCity} />
      <View className='policy-actions'>
        <Button className='wst-button wst-button--secondary' onClick={() => go(pageUrl('investment', 'profile'))}>
          {t('investment.match.edit')}
        </Button>
        <Text className='wst-note'>{t('investment.match.snapshot')}</Text>
        <Text className='wst-note'>{t('investment.match.disclaimer')}</Text>
      </View>
    </>
  )
}
