import { Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import type { InvestmentProject, ProjectStatus } from '@/core/investment/types'
import { Cell, Tag } from '@/components/ui'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { chainText, districtText, investmentText } from './place-format'

/** the tone that repeats a status's words: open, in talks, signed */
const STATUS_TONE: Record<ProjectStatus, 'ok' | 'warn' | 'muted'> = { open: 'ok', negotiating: 'warn', signed: 'muted' }

/** 状态：招商中, a tag whose words say it and whose colour only repeats them */
export function ProjectStatusTag({ t, status }: { t: Translate; status: ProjectStatus }) {
  return (
    <Tag tone={STATUS_TONE[status]}>{t('investment.status.label', { status: t(`investment.status.${status}`) })}</Tag>
  )
}

/** a project in a list: its kind, status, chain, park, district and total investment */
export function ProjectRow({
  t,
  project: p,
  parkName
}: {
  t: Translate
  project: InvestmentProject
  parkName?: string
}) {
  return (
    <Cell
      title={p.name}
      subtitle={
        <View className='wst-row'>
          <Tag>{t(`investment.projectKind.${p.kind}`)}</Tag>
          <ProjectStatusTag t={t} status={p.status} />
          <Text className='investment-row__line'>
            {[chainText(t, p.industry), parkName, districtText(t, p.district)].filter(Boolean).join(' · ')}
          </Text>
        </View>
      }
      extra={<Text className='investment-amount'>{investmentText(t, p.investmentWan)}</Text>}
      onClick={() => go(pageUrl('investment', 'project', { id: p.id }))}
    />
  )
}
