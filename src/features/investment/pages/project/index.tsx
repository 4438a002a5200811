// 项目详情: every field of a project (kind, status in words, chain, park, district, total investment, land, the
// cooperation models named in words, its date), what it offers and seeks, its advantages and contact; its park as a
// link. 收藏, share, 我要对接 and 企业诉求 117.
import { Button, Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import type { Translate } from '@/core/i18n'
import type { InvestmentProject } from '@/core/investment/types'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { FactRows } from '@/components/fact-rows'
import { Page } from '@/components/page'
import { Cell, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { PROJECT_SOURCE, useParks, useProject, useSavedRecord } from '../../api'
import { AppealButton, ConsultButton, FavouriteButton } from '../../components/place-actions'
import { chainText, districtText, groupedNumber, investmentText } from '../../components/place-format'
import { PlaceLines } from '../../components/place-lines'
import { ProjectStatusTag } from '../../components/project-row'
import { investmentMessages } from '../../i18n'
import '../../investment.scss'

export default function ProjectPage() {
  const t = useTranslate(investmentMessages)
  const id = useRouteParam('id') ?? ''
  const project = useProject(id)
  useShareAppMessage(() => ({
    title: project.data?.name ?? t('investment.project.title'),
    path: pageUrl('investment', 'project', { id })
  }))
  return (
    <Page title={t('investment.project.title')}>
      <AsyncView query={project} t={t}>
        {(p) => <ProjectView t={t} project={p} />}
      </AsyncView>
    </Page>
  )
}

function ProjectView({ t, project: p }: { t: Translate; project: InvestmentProject }) {
  const saved = useSavedRecord(PROJECT_SOURCE, p.id, t)
  const park = useParks().data?.find((x) => x.id === p.park)
  const models = p.models.map((m) => t(`investment.model.${m}`)).join('、')
  return (
    <>
      <Banner>{t('investment.sample')}</Banner>
      <Section title={p.name}>
        <View className='wst-row wst-prose'>
          <Tag>{t(`investment.projectKind.${p.kind}`)}</Tag>
          <ProjectStatusTag t={t} status={p.status} />
        </View>
        <Text className='wst-prose'>{p.summary}</Text>
        <FactRows
          rows={[
            [t('investment.project.kind'), t(`investment.projectKind.${p.kind}`)],
            [t('investment.project.status'), t(`investment.status.${p.status}`)],
            [t('investment.project.industry'), chainText(t, p.industry)],
            [t('investment.project.park'), park?.name ?? ''],
            [t('investment.project.district'), districtText(t, p.district)],
            [
              t('investment.project.investment'),
              t('investment.withSample', { text: investmentText(t, p.investmentWan) })
            ],
            [
              t('investment.project.land'),
              p.landMu === undefined
                ? t('investment.project.noLand')
                : t('investment.project.landValue', { mu: groupedNumber(p.landMu) })
            ],
            [t('investment.project.models'), models],
            [t('investment.project.publishedOn'), p.publishedOn]
          ]}
        />
        <View className='investment-actions'>
          <FavouriteButton t={t} saved={saved} />
        </View>
      </Section>
      {park ? (
        <Section title={t('investment.project.park')}>
          <Cell
            title={t('investment.project.openPark', { name: park.name })}
            subtitle={park.address}
            onClick={() => go(pageUrl('investment', 'park', { id: park.id }))}
          />
        </Section>
      ) : null}
      <Section title={t('investment.project.detail')}>
        <PlaceLines lines={p.detail} />
      </Section>
      <Section title={t('investment.project.advantages')}>
        <PlaceLines lines={p.advantages} />
      </Section>
      <Section title={t('investment.project.contact')}>
        <FactRows
          rows={[
            [
              t('investment.project.contactName'),
              p.contact.sample ? t('investment.park.contactSample', { name: p.contact.name }) : p.contact.name
            ]
          ]}
        />
        <View className='investment-actions'>
          <Button className='wst-button wst-button--secondary' onClick={() => void callPhone(p.contact.phone)}>
            {t('common.call', { phone: p.contact.phone })}
          </Button>
        </View>
      </Section>
      <ConsultButton t={t} preset={{ project: p.id }} />
      <AppealButton t={t} subject={p.name} district={p.district} />
    </>
  )
}
