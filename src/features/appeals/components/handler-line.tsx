import { Text, View } from '@tarojs/components'
import { findCategory, type CategoryTree } from '@/core/appeals/categories'
import type { Handler, HandlerReason, HandlerUnit } from '@/core/appeals/handler'
import type { Translate } from '@/core/i18n'
import { cityKey } from '../model'
import './classification.scss'

/** the reason in the user's words, e.g. "蓬江区的占道经营由蓬江区城市管理和综合执法局办理" */
function reasonText(t: Translate, reason: HandlerReason, unit: string, tree: CategoryTree): string {
  if (reason.kind === 'crossCity') return t('appeal.handler.reason.crossCity', { city: t(cityKey(reason.city)), unit })
  if (reason.kind === 'localMatter')
    return t('appeal.handler.reason.localMatter', { district: t(`appeal.district.${reason.district}`), unit })
  const category = findCategory(tree, reason.categoryCode)?.name ?? ''
  if (reason.kind === 'city') return t('appeal.handler.reason.city', { category, unit })
  const district = t(`appeal.district.${reason.district}`)
  return t(`appeal.handler.reason.${reason.kind}`, { district, category, unit })
}

/**
 * One handler, in one sentence: 拟派往 X（由12345最终确认） until the 12345 centre has dispatched it, then
 * 承办单位：X; with the reason when there is one (a district unit for a local matter, the city unit for a
 * city-level one). Without a proposal: 12345 dispatches by hand.
 */
export function HandlerLine({
  t,
  handler,
  units,
  tree,
  dispatched
}: {
  t: Translate
  /** resolveHandler's answer (with assignedUnitId once dispatched) */
  handler: Handler
  /** the catalogue's units (city and district) in the user's script */
  units: readonly HandlerUnit[]
  /** the category tree in the user's script */
  tree: CategoryTree
  /** true once the centre has sent it to a unit (the appeal has a unitId) */
  dispatched: boolean
}) {
  const unit = handler.unitId ? units.find((u) => u.id === handler.unitId) : undefined
  const name = unit?.name ?? handler.unitId ?? ''
  const sentence = !handler.unitId
    ? t('appeal.handler.manual')
    : dispatched
      ? t('appeal.handler.assigned', { unit: name })
      : t('appeal.handler.proposed', { unit: name })
  const reason = handler.unitId && handler.reason ? reasonText(t, handler.reason, name, tree) : ''
  return (
    <View className='appeal-handler' id='appeal-handler'>
      <Text className='appeal-handler__line'>{sentence}</Text>
      {reason ? <Text className='appeal-handler__reason'>{reason}</Text> : null}
    </View>
  )
}
