import { Text, View } from '@tarojs/components'
import type { CategoryTree } from '@/core/appeals/categories'
import { resolveHandler, type HandlerUnit } from '@/core/appeals/handler'
import type { RoutingResult } from '@/core/appeals/types'
import type { District } from '@/core/domain'
import hantTable from '@/generated/hant-table.json'
import type { Translate } from '@/core/i18n'
import { createHantConverter, type HantTable } from '@/core/i18n/hant'
import { useSettings } from '@/stores/settings'
import { HandlerLine } from './handler-line'
import './appeal.scss'

const toHant = createHantConverter(hantTable as HantTable)

interface RoutingCardProps {
  t: Translate
  routing: RoutingResult | undefined
  /** the catalogue's city and district units, in the user's script */
  units: readonly HandlerUnit[]
  /** the category tree in the user's script */
  tree: CategoryTree
  categoryCode?: string
  district?: District
  /** once the 12345 centre has dispatched it: the unit it went to */
  assignedUnitId?: string
}

/**
 * Who handles the appeal, in one sentence (拟派往 X（由12345最终确认） until dispatched, then 承办单位 X), why
 * (a district's own unit for a local matter), and the words that decided it (智能分派).
 */
export function RoutingCard({ t, routing, units, tree, categoryCode, district, assignedUnitId }: RoutingCardProps) {
  // the evidence is the routing model's own 简体 words: shown in the user's script
  const hant = useSettings((s) => s.locale === 'zh-Hant')
  const script = (text: string) => (hant ? toHant(text) : text)
  if (!routing) return <Text className='wst-field__hint'>{t('appeal.routing.waiting')}</Text>
  const handler = resolveHandler({ tree, units, routing, categoryCode, district, assignedUnitId })
  return (
    <View className='appeal-routing' id='appeal-routing'>
      <HandlerLine t={t} handler={handler} units={units} tree={tree} dispatched={Boolean(assignedUnitId)} />
      {routing.evidence.length ? (
        <Text className='appeal-routing__evidence'>
          {`${t('appeal.routing.evidence')}：${routing.evidence
            .slice(0, 5)
            .map((e) => script(e.term))
            .join('、')}`}
        </Text>
      ) : null}
    </View>
  )
}
