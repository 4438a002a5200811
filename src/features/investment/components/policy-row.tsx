import { View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import type { EnterprisePolicy } from '@/core/investment/types'
import { policyStatus } from '@/core/talent/policy-status'
import { PolicyRow as Row } from '@/components/policy-row'
import { Tag } from '@/components/ui'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { amountText, statusTag, whereText } from './policy-format'

/** 免申即享, 快申快享 or 依申请 as a tag with its words (the mode is never told by colour alone), and 示例 */
export function PolicyMarks({ t, policy }: { t: Translate; policy: Pick<EnterprisePolicy, 'mode' | 'sample'> }) {
  return (
    <View className='policy-marks'>
      <Tag tone={policy.mode === 'apply' ? 'muted' : 'ok'}>{t(`investment.mode.${policy.mode}`)}</Tag>
      {policy.sample ? <Tag tone='info'>{t('investment.sampleMark')}</Tag> : null}
    </View>
  )
}

/** a policy in a list: its title, where it applies, its benefit and amount, its status and its marks */
export function PolicyRow({ t, policy, today }: { t: Translate; policy: EnterprisePolicy; today: string }) {
  return (
    <Row
      title={policy.title}
      meta={`${whereText(t, policy)} · ${t(`investment.benefit.${policy.benefit}`)} · ${amountText(t, policy.amount)}`}
      // an expired one reads 已失效 · <its last day>
      status={statusTag(t, policyStatus(policy, today))}
      marks={<PolicyMarks t={t} policy={policy} />}
      onClick={() => go(pageUrl('investment', 'policy', { id: policy.id }))}
    />
  )
}
