import type { Translate } from '@/core/i18n'
import { policyStatus } from '@/core/talent/policy-status'
import type { TalentPolicy } from '@/core/talent/types'
import { PolicyRow as Row } from '@/components/policy-row'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { amountText, statusTag } from '../format'

/** a policy in a list: its title, city and benefit, the amount, and its status in words */
export function PolicyRow({ t, policy, today }: { t: Translate; policy: TalentPolicy; today: string }) {
  const where = policy.district ? t(`talent.value.employerDistrict.${policy.district}`) : t(`city.${policy.city}`)
  return (
    <Row
      title={policy.title}
      meta={`${where} · ${t(`talent.benefit.${policy.benefit}`)} · ${amountText(t, policy.amount)}`}
      status={statusTag(t, policyStatus(policy, today))}
      onClick={() => go(pageUrl('talent', 'policy', { id: policy.id }))}
    />
  )
}
