// A housing project's rule as the list of its conditions: each condition in words from the catalogue (the label
// and unit come with the data, the answers' names from talent.value.*), alternatives indented under their group.
import { Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import type { Leaf, Rule } from '@/core/rules'
import { conditionLines } from '@/core/talent/jobs'
import { answerText } from '../../format'

export function conditionText(t: Translate, leaf: Leaf): string {
  const label = leaf.label ?? t(`talent.fact.${leaf.fact}`)
  const unit = leaf.unit ?? ''
  if ('in' in leaf)
    // alternatives apart with a slash: some answers' own names hold a 、 (博士后科研工作站、流动站或创新实践基地)
    return t('talent.housing.rule.in', { label, values: leaf.in.map((v) => answerText(t, leaf.fact, v)).join(' / ') })
  if ('between' in leaf)
    return t('talent.housing.rule.between', { label, min: leaf.between[0], max: leaf.between[1], unit })
  if (typeof leaf.value === 'boolean')
    return t('talent.housing.rule.bool', {
      label,
      value: t((leaf.op === '==') === leaf.value ? 'talent.check.yes' : 'talent.check.no')
    })
  if (typeof leaf.value === 'object') return t('talent.housing.rule.yearsAgo', { label, n: leaf.value.yearsAgo })
  // a skill level: a smaller number is a higher level, so `<= 2` reads 技师（二级）及以上
  if (leaf.fact === 'skillLevel' && (leaf.op === '<=' || leaf.op === '<'))
    return t('talent.housing.rule.skill', {
      label,
      level: answerText(t, leaf.fact, leaf.op === '<' ? Number(leaf.value) - 1 : leaf.value)
    })
  return t('talent.housing.rule.compare', {
    label,
    op: t(`talent.op.${leaf.op}`),
    value: answerText(t, leaf.fact, leaf.value, unit)
  })
}

export function ConditionList({ t, rule }: { t: Translate; rule: Rule }) {
  return (
    <View className='talent-list'>
      {conditionLines(rule).map((line, i) => (
        <Text
          key={i}
          className={`talent-list__item talent-house__condition talent-house__condition--${Math.min(line.depth, 3)}`}
        >
          {'leaf' in line ? `· ${conditionText(t, line.leaf)}` : t(`talent.housing.rule.${line.group}`)}
        </Text>
      ))}
    </View>
  )
}
