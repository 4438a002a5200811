// 人才服务's home: the policies and the self-check first, then what can be applied for here (人才卡 and the
// subsidies this app takes online, with their progress under 我的申请), then jobs, fairs and housing.
import { useZoneCities } from '@/stores/zone'
import { beijingToday } from '@/core/calendar/shanghai-time'
import { Text } from '@tarojs/components'
import { policyStatus } from '@/core/talent/policy-status'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Cell, Section } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { usePolicies } from '../../api'
import { amountText } from '../../format'
import { talentMessages } from '../../i18n'
import '../../talent.scss'

/** the applications this app takes without a policy page of their own */
const TALENT_CARD = 'talent/talent-card'

export default function TalentHome() {
  const t = useTranslate(talentMessages)
  const policies = usePolicies()
  const cities = useZoneCities()
  const today = beijingToday()
  return (
    <Page title={t('talent.home.title')}>
      <Banner>{t('talent.home.sample')}</Banner>
      <Text className='wst-note'>{t('talent.home.intro')}</Text>
      <AsyncView query={policies} t={t}>
        {(list) => {
          const inZone = list.filter((p) => cities.includes(p.city))
          const open = inZone.filter((p) => policyStatus(p, today).status === 'open')
          const online = open.filter((p) => p.channels.some((c) => c.matterId))
          return (
            <>
              <Section>
                <Cell
                  title={t('talent.home.check')}
                  subtitle={t('talent.home.checkNote')}
                  onClick={() => go(pageUrl('talent', 'check'))}
                />
                <Cell
                  title={t('talent.home.policies')}
                  subtitle={`${t('talent.home.policiesNote', { count: inZone.length })} · ${t('talent.home.openNow')} ${open.length}`}
                  onClick={() => go(pageUrl('talent', 'policies'))}
                />
              </Section>
              <Section title={t('talent.home.apply')}>
                <Cell
                  title={t('talent.home.card')}
                  subtitle={t('talent.home.cardNote')}
                  onClick={() => go(pageUrl('gov-services', 'apply', { matter: TALENT_CARD }))}
                />
                {online.map((p) => (
                  <Cell
                    key={p.id}
                    title={p.title}
                    subtitle={amountText(t, p.amount)}
                    onClick={() => go(pageUrl('talent', 'policy', { id: p.id }))}
                  />
                ))}
                <Cell
                  title={t('talent.home.mine')}
                  subtitle={t('talent.home.mineNote')}
                  onClick={() => go(pageUrl('gov-services', 'progress'))}
                />
              </Section>
              <Section title={t('talent.home.work')}>
                <Cell
                  title={t('talent.entry.jobs')}
                  subtitle={t('talent.home.jobsNote')}
                  onClick={() => go(pageUrl('talent', 'jobs'))}
                />
                <Cell
                  title={t('talent.entry.fairs')}
                  subtitle={t('talent.home.fairsNote')}
                  onClick={() => go(pageUrl('talent', 'fairs'))}
                />
                <Cell
                  title={t('talent.entry.housing')}
                  subtitle={t('talent.home.housingNote')}
                  onClick={() => go(pageUrl('talent', 'housing'))}
                />
              </Section>
            </>
          )
        }}
      </AsyncView>
    </Page>
  )
}
