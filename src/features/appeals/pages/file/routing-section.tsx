import { View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import type { AppealUnit } from '@/core/appeals/types'
import type { RoutingInput } from '@/core/appeals/routing'
import type { Translate } from '@/core/i18n'
import { Section } from '@/components/ui'
import { useRoutingProposal } from '../../api'
import { RoutingCard } from '../../components/routing-card'
import type { AppealDraft } from '../../store'

/** the value after a pause in typing, so the routing proposal is not recomputed on every keystroke */
function useSettled(value: string, ms = 400): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

/** where the appeal would go and why (智能分派), updated as the user writes */
export function RoutingSection({ t, draft, units }: { t: Translate; draft: AppealDraft; units: AppealUnit[] }) {
  // compared as text: a new object with the same content must not ask again
  const routingKey = useSettled(
    JSON.stringify({
      text: draft.content,
      tags: draft.tags,
      categoryCode: draft.categoryCode || undefined,
      city: draft.location.city,
      district: draft.location.district
    })
  )
  const routing = useRoutingProposal(useMemo(() => JSON.parse(routingKey) as RoutingInput, [routingKey]))
  return (
    <Section title={t('appeal.routing')}>
      <View className='appeal-file__routing'>
        <RoutingCard t={t} routing={routing.data} units={units} />
      </View>
    </Section>
  )
}
