// 招商服务's home: the zone in a few lines (in the 深江 and 中江 zones, the cross-city angle: 深圳研发 + 江门生产 over
// 深中通道), the change notice of the policies the company matched, then the ways in: parks, the map, projects,
// 惠企政策, 企业画像 and 政策匹配.
import { Text } from '@tarojs/components'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useZone, useZoneCities } from '@/stores/zone'
import { PolicyNotices } from '../../components/policy-notice'
import { useNotices } from '../../components/policy-model'
import { investmentMessages } from '../../i18n'
import { usePolicies } from '../../policy-api'
import '../../investment.scss'
import '../../components/policy-pages.scss'

export default function InvestmentHome() {
  const t = useTranslate(investmentMessages)
  const zoneId = useZone((s) => s.zoneId)
  const cities = useZoneCities()
  const policies = usePolicies()
  const notices = useNotices(policies.data)
  const inZone = (policies.data ?? []).filter((p) => cities.includes(p.city))
  return (
    <Page title={t('investment.home.title')}>
      <Banner>{t('investment.home.sample')}</Banner>
      <Text className='wst-prose'>{t(`investment.home.intro.${zoneId}`)}</Text>
      <PolicyNotices t={t} notices={notices} />
      <Section title={t('investment.home.find')}>
        <Cell
          title={t('investment.entry.parks')}
          subtitle={t('investment.home.parksNote')}
          onClick={() => go(pageUrl('investment', 'parks'))}
        />
        <Cell
          title={t('investment.home.map')}
          subtitle={t('investment.home.mapNote')}
          onClick={() => go(pageUrl('investment', 'map'))}
        />
        <Cell
          title={t('investment.entry.projects')}
          subtitle={t('investment.home.projectsNote')}
          onClick={() => go(pageUrl('investment', 'projects'))}
        />
      </Section>
      <Section title={t('investment.home.policy')}>
        <AsyncView query={policies} t={t}>
          {() => (
            <Cell
              title={t('investment.entry.policies')}
              subtitle={t('investment.home.policiesNote', { count: inZone.length })}
              onClick={() => go(pageUrl('investment', 'policies'))}
            />
          )}
        </AsyncView>
        <Cell
          title={t('investment.home.profile')}
          subtitle={t('investment.home.profileNote')}
          onClick={() => go(pageUrl('investment', 'profile'))}
        />
        <Cell
          title={t('investment.entry.match')}
          subtitle={t('investment.home.matchNote')}
          onClick={() => go(pageUrl('investment', 'match'))}
        />
      </Section>
    </Page>
  )
}
