import { View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import type { AppealCatalogue } from '@/backend/types'
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

/**
 * 智能分派 of the draft as the user writes. The category and tags count only when the user chose them: suggested
 * ones came from the same text, and feeding them back would only repeat (and skew) the text's own vote.
 */
export function useDraftRouting(draft: AppealDraft) {
  const byHand = draft.classifiedBy === 'hand'
  // compared as text: a new object with the same content must not ask again
  const routingKey = useSettled(
    JSON.stringify({
      text: draft.content,
      tags: byHand ? draft.tags : [],
      categoryCode: (byHand && draft.categoryCode) || undefined,
      city: draft.location.city,
      district: draft.location.district
    })
  )
  return useRoutingProposal(useMemo(() => JSON.parse(routingKey) as RoutingInput, [routingKey]))
}

/** where the appeal would go and why, in one sentence, updated as the user writes */
export function RoutingSection({
  t,
  draft,
  catalogue,
  routing
}: {
  t: Translate
  draft: AppealDraft
  catalogue: AppealCatalogue
  routing: ReturnType<typeof useDraftRouting>
}) {
  return (
    <Section title={t('appeal.routing')}>
      <View className='appeal-file__routing'>
        <RoutingCard
          t={t}
          routing={routing.data}
          units={catalogue.units}
          tree={catalogue.categories}
          categoryCode={draft.categoryCode || undefined}
          district={draft.location.district}
        />
      </View>
    </Section>
  )
}
