// A posting as the list shows it, and how a salary, an education and an experience read (the detail page too).
import { Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import type { JobPosting, SalaryRange } from '@/core/talent/jobs'
import { Cell, Tag } from '@/components/ui'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import './index.scss'

export const salaryText = (t: Translate, s: SalaryRange): string =>
  s.max === undefined
    ? t('talent.jobs.salaryFrom', { min: s.min })
    : t('talent.jobs.salaryRange', { min: s.min, max: s.max })

export const educationText = (t: Translate, p: JobPosting): string =>
  t('talent.jobs.educationAtLeast', { education: t(`talent.value.education.${p.education}`) })

export const experienceText = (t: Translate, years: number): string =>
  years === 0 ? t('talent.jobs.anyExperience') : t('talent.jobs.experienceYears', { years })

export function PostingRow({ t, posting: p }: { t: Translate; posting: JobPosting }) {
  return (
    <Cell
      title={p.title}
      subtitle={
        <View>
          <Text>
            {p.employer} · {t(`talent.value.employerDistrict.${p.district}`)}
          </Text>
          <View>
            <Tag tone='muted'>{educationText(t, p)}</Tag>
            <Tag tone='muted'>{experienceText(t, p.experienceYears)}</Tag>
            <Tag tone='muted'>{t(`talent.jobs.industry.${p.industry}`)}</Tag>
          </View>
        </View>
      }
      extra={<Text className='talent-jobs__salary'>{salaryText(t, p.salary)}</Text>}
      onClick={() => go(pageUrl('talent', 'job', { id: p.id }))}
    />
  )
}
