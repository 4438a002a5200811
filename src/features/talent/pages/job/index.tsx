// 岗位详情: the employer, salary, education, experience, requirements, benefits, address and the phone to call,
// with 收藏 (favourites and 我的足迹 through the module's saved records, kind 'posting').
import { Button, Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import type { JobPosting } from '@/core/talent/jobs'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone } from '@/platform/contact'
import { useRouteParam } from '@/platform/route-params'
import { useSavedRecord } from '../../api'
import { POSTING_SOURCE, usePosting } from '../../jobs-api'
import { talentMessages } from '../../i18n'
import { educationText, experienceText, salaryText } from '../jobs/posting-row'
import { FactRows } from '@/components/fact-rows'
import { TextLines } from '@/components/text-lines'
import '../../talent.scss'

export default function JobPage() {
  const t = useTranslate(talentMessages)
  const posting = usePosting(useRouteParam('id') ?? '')
  return (
    <Page title={t('talent.jobs.detail.title')}>
      <AsyncView query={posting} t={t}>
        {(p) => <PostingView t={t} posting={p} />}
      </AsyncView>
    </Page>
  )
}

function PostingView({ t, posting: p }: { t: Translate; posting: JobPosting }) {
  const saved = useSavedRecord(POSTING_SOURCE, p.id, t)
  const rows = [
    [t('talent.jobs.detail.employer'), p.employer],
    [t('talent.jobs.detail.employerType'), t(`talent.value.employerType.${p.employerType}`)],
    [t('talent.jobs.detail.industry'), t(`talent.jobs.industry.${p.industry}`)],
    [t('talent.jobs.detail.district'), t(`talent.value.employerDistrict.${p.district}`)],
    [t('talent.jobs.detail.education'), educationText(t, p)],
    [t('talent.jobs.detail.experience'), experienceText(t, p.experienceYears)],
    [t('talent.jobs.detail.headcount'), t('talent.jobs.detail.headcountValue', { count: p.headcount })],
    [t('talent.jobs.detail.postedOn'), p.postedOn]
  ] as const
  return (
    <>
      <Banner>{t('talent.jobs.sample')}</Banner>
      <Section title={p.title} extra={<Text className='talent-jobs__salary'>{salaryText(t, p.salary)}</Text>}>
        <FactRows rows={rows} />
      </Section>
      <Section title={t('talent.jobs.detail.requirements')}>
        <TextLines lines={p.requirements} numbered />
      </Section>
      <Section title={t('talent.jobs.detail.benefits')}>
        <View className='talent-list'>
          {p.benefits.map((b) => (
            <Tag key={b}>{b}</Tag>
          ))}
        </View>
      </Section>
      <Section title={t('talent.jobs.detail.contact')}>
        <FactRows
          rows={[
            [t('talent.jobs.detail.address'), p.address],
            [t('talent.jobs.detail.contactName'), p.contact.name]
          ]}
        />
        <View className='talent-actions'>
          <Button className='wst-button wst-button--secondary' onClick={() => void callPhone(p.contact.phone)}>
            {t('common.call', { phone: p.contact.phone })}
          </Button>
          <Button
            className={`wst-button ${saved.favourite ? '' : 'wst-button--secondary'}`}
            aria-pressed={saved.favourite}
            disabled={!saved.ready}
            onClick={() => void saved.toggle()}
          >
            {saved.favourite ? t('talent.favourite.on') : t('talent.favourite.add')}
          </Button>
        </View>
      </Section>
    </>
  )
}
