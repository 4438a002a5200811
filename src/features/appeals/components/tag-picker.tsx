import { Input, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { AppealCatalogue } from '@/backend/types'
import { MAX_TAGS } from '@/core/appeals/form'
import { searchTags } from '@/core/appeals/tags'
import type { Translate } from '@/core/i18n'
import './appeal.scss'

interface Props {
  t: Translate
  vocabulary: AppealCatalogue['tags']
  chosen: string[]
  onChange(tags: string[]): void
}

/** up to four tags, found by fuzzy search as the user types; a tag is kept by its 简体 id */
export function TagPicker({ t, vocabulary, chosen, onChange }: Props) {
  const [query, setQuery] = useState('')
  const label = useMemo(() => new Map(vocabulary.map((v) => [v.id, v.tag])), [vocabulary])
  const byTag = useMemo(() => new Map(vocabulary.map((v) => [v.tag, v])), [vocabulary])
  const found = query.trim()
    ? searchTags(vocabulary, query, 8)
        .map((tag) => byTag.get(tag)!)
        .filter((v) => !chosen.includes(v.id))
    : []
  const full = chosen.length >= MAX_TAGS
  return (
    <View className='appeal-tags'>
      {chosen.length ? (
        <View className='wst-chips'>
          {chosen.map((id) => (
            <Text
              key={id}
              className='wst-chip wst-chip--on'
              aria-label={t('appeal.tags.remove', { tag: label.get(id) ?? id })}
              onClick={() => onChange(chosen.filter((c) => c !== id))}
            >
              {`${label.get(id) ?? id} ✕`}
            </Text>
          ))}
        </View>
      ) : null}
      {full ? null : (
        <Input
          className='wst-input appeal-tags__input'
          id='appeal-tags'
          value={query}
          placeholder={t('appeal.tags.placeholder')}
          onInput={(e) => setQuery(e.detail.value)}
        />
      )}
      {query.trim() && !full ? (
        found.length ? (
          <View className='wst-chips appeal-tags__found'>
            {found.map((v) => (
              <Text
                key={v.id}
                className='wst-chip'
                onClick={() => {
                  onChange([...chosen, v.id])
                  setQuery('')
                }}
              >
                {v.tag}
              </Text>
            ))}
          </View>
        ) : (
          <Text className='wst-field__hint'>{t('appeal.tags.none')}</Text>
        )
      ) : null}
    </View>
  )
}
