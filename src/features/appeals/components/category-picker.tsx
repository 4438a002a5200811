import { Picker, View } from '@tarojs/components'
import type { CategoryNode } from '@/core/appeals/categories'
import type { Translate } from '@/core/i18n'
import { categoryColumns } from '../model'
import './appeal.scss'

const LEVEL_KEYS = ['appeal.category.level1', 'appeal.category.level2', 'appeal.category.level3']

/** the coded category tree as cascading native pickers: 大类 › 中类 › 小类 */
export function CategoryPicker({
  t,
  tree,
  code,
  onChange
}: {
  t: Translate
  tree: CategoryNode[]
  code: string
  onChange(code: string): void
}) {
  const columns = categoryColumns(tree, code)
  return (
    <View className='appeal-category'>
      {columns.map(({ options, chosen }, level) => (
        <Picker
          key={level}
          mode='selector'
          range={options.map((n) => n.name)}
          value={Math.max(0, chosen)}
          onChange={(e) => onChange(options[Number(e.detail.value)].code)}
        >
          <View className='wst-input appeal-category__column' id={`appeal-category-${level + 1}`}>
            {chosen >= 0 ? options[chosen].name : `${t(LEVEL_KEYS[level])}：${t('appeal.category.choose')}`} ▾
          </View>
        </Picker>
      ))}
    </View>
  )
}
