import { Text, View } from '@tarojs/components'
import { categoryLabel, type CategoryTree } from '@/core/appeals/categories'
import {
  suggestClassification,
  type ClassificationSuggestion as Suggestion,
  type RoutedUnit,
  type SuggestableTag
} from '@/core/appeals/classify'
import type { Translate } from '@/core/i18n'
import { createHantConverter, createSimplifier, type HantTable } from '@/core/i18n/hant'
import hantTable from '@/generated/hant-table.json'
import { useSettings } from '@/stores/settings'
import './classification.scss'

const simplify = createSimplifier(hantTable as HantTable)
const toHant = createHantConverter(hantTable as HantTable)

/**
 * The suggestion for a description in either script, against the catalogue of either script: text, keywords
 * and tags are all folded to 简体 first, so the evidence is 简体 (ClassificationSuggestion shows it in the
 * user's script).
 */
export function suggestFromDescription(
  text: string,
  catalogue: { categories: CategoryTree; tags: readonly SuggestableTag[] },
  routing?: RoutedUnit | null
): Suggestion {
  return suggestClassification(text, { tree: catalogue.categories, tags: catalogue.tags, routing, fold: simplify })
}

/**
 * 识别为：<category path> · <tags>, the words that decided it, and one tap to change it (onChange opens the
 * user's own choice). Nothing is shown until there is a suggestion; an unrecognised text says so.
 */
export function ClassificationSuggestion({
  t,
  tree,
  tags,
  suggestion,
  onChange
}: {
  t: Translate
  /** the category tree in the user's script, for the path */
  tree: CategoryTree
  /** the tag vocabulary in the user's script, for the tag names */
  tags: readonly { id: string; tag: string }[]
  suggestion: Suggestion | undefined
  onChange(): void
}) {
  // the evidence is 简体 (the folded script): shown in the user's script
  const hant = useSettings((s) => s.locale === 'zh-Hant')
  const script = (text: string) => (hant ? toHant(text) : text)
  if (!suggestion) return null
  const path = suggestion.categoryCode ? categoryLabel(tree, suggestion.categoryCode) : ''
  const tagNames = suggestion.tagIds.map((id) => tags.find((tag) => tag.id === id)?.tag ?? script(id))
  const change = (
    <View
      className='appeal-suggestion__change'
      role='button'
      aria-label={t('appeal.suggestion.changeLabel')}
      hoverClass='appeal-suggestion__change--pressed'
      onClick={onChange}
    >
      <Text>{t('appeal.suggestion.change')}</Text>
    </View>
  )
  if (!path)
    return (
      <View className='appeal-suggestion' id='appeal-suggestion' aria-live='polite'>
        <Text className='appeal-suggestion__line'>{t('appeal.suggestion.none')}</Text>
        {change}
      </View>
    )
  const recognised = [path, tagNames.join('、')].filter(Boolean).join(' · ')
  return (
    <View className='appeal-suggestion' id='appeal-suggestion' aria-live='polite'>
      <Text className='appeal-suggestion__line'>
        {`${t('appeal.suggestion.label')}：`}
        <Text className='appeal-suggestion__category'>{recognised}</Text>
      </Text>
      {suggestion.evidence.length ? (
        <Text className='appeal-suggestion__evidence'>
          {`${t('appeal.suggestion.evidence')}：${suggestion.evidence
            .slice(0, 5)
            .map((e) => script(e.term))
            .join('、')}`}
        </Text>
      ) : null}
      {change}
    </View>
  )
}
