import { Button, Input, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import hantTable from '@/generated/hant-table.json'
import index from '@/generated/search-index.json'
import { createHantConverter, type HantTable } from '@/core/i18n/hant'
import { createSearcher, splitByRanges, type SearchHit, type SearchIndex } from '@/core/search'
import { ChipGroup } from '@/components/chip-group'
import { Page } from '@/components/page'
import { Empty, Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'
import hans from '../../locales/zh-Hans.json'
import hant from '../../locales/zh-Hant.json'
import { useSearchHistory } from '../../store'
import './index.scss'
import { useRouteParam } from '@/platform/route-params'

const messages = { 'zh-Hans': hans, 'zh-Hant': hant }
const searcher = createSearcher(index as unknown as SearchIndex)
const toHant = createHantConverter(hantTable as HantTable)
const MAX_RESULTS = 40

export default function Search() {
  const t = useTranslate(messages)
  const locale = useSettings((s) => s.locale)
  // the zone's own hotline (the cross-city zones may carry another one)
  const hotline = zoneById(useZone((s) => s.zoneId)).hotline
  const [query, setQuery] = useState(useRouteParam('q') ?? '')
  const history = useSearchHistory((s) => s.queries)
  const remember = useSearchHistory((s) => s.remember)
  const clearHistory = useSearchHistory((s) => s.clear)
  const hits = useMemo(() => (query.trim() ? searcher.search(query, MAX_RESULTS) : []), [query])

  const open = (hit: SearchHit) => {
    remember(query)
    go(hit.doc.route)
  }

  return (
    <Page title={t('search.title')} className='search'>
      <View className='search__bar'>
        <Input
          className='search__input'
          id='search-input'
          value={query}
          focus
          confirmType='search'
          placeholder={t('search.placeholder')}
          onInput={(e) => setQuery(e.detail.value)}
          onConfirm={() => remember(query)}
          aria-label={t('search.placeholder')}
        />
        {query ? (
          <Text className='search__clear' onClick={() => setQuery('')}>
            {t('search.clear')}
          </Text>
        ) : null}
      </View>

      {!query.trim() ? (
        <>
          {history.length ? (
            <Section
              title={t('search.history')}
              extra={
                <Text className='search__link' onClick={clearHistory}>
                  {t('search.clearHistory')}
                </Text>
              }
            >
              <Chips label={t('search.history')} items={history} onPick={setQuery} />
            </Section>
          ) : null}
          <Section title={t('search.hot')}>
            <Chips label={t('search.hot')} items={t('search.hotQueries').split(' ')} onPick={setQuery} />
          </Section>
        </>
      ) : hits.length === 0 ? (
        <>
          <Empty message={t('search.none', { query })} />
          <View className='wst-prose'>
            <Text className='wst-prose__p'>{t('search.noneHelp')}</Text>
          </View>
          <Button className='wst-button' onClick={() => void callPhone(hotline)}>
            {t('search.callHotline', { hotline })}
          </Button>
          <Button className='wst-button wst-button--secondary' onClick={() => go(routes.fileAppeal())}>
            {t('search.fileAppeal')}
          </Button>
        </>
      ) : (
        <Section title={t('search.results', { count: hits.length })}>
          {hits.map((hit) => (
            <Result
              key={`${hit.doc.kind}:${hit.doc.id}`}
              hit={hit}
              locale={locale}
              kindLabel={t(`search.kind.${hit.doc.kind}`)}
              onOpen={open}
            />
          ))}
        </Section>
      )}
    </Page>
  )
}

function Chips({ label, items, onPick }: { label: string; items: string[]; onPick: (q: string) => void }) {
  return (
    <ChipGroup
      kind='actions'
      className='search__chips'
      label={label}
      options={items.map((q) => ({ value: q, label: q }))}
      onPick={onPick}
    />
  )
}

function Result({
  hit,
  locale,
  kindLabel,
  onOpen
}: {
  hit: SearchHit
  locale: 'zh-Hans' | 'zh-Hant'
  kindLabel: string
  onOpen: (hit: SearchHit) => void
}) {
  const inLocale = (text: string) => (locale === 'zh-Hant' ? toHant(text) : text)
  // ranges index the simplified title; conversion keeps one character for one, so they fit both scripts
  const parts = splitByRanges(inLocale(hit.doc.title), hit.ranges)
  const subtitle = hit.doc.subtitle ? inLocale(hit.doc.subtitle) : ''
  return (
    <View className='search__result' onClick={() => onOpen(hit)} hoverClass='search__result--pressed'>
      <View className='search__result-title'>
        <Tag tone='muted'>{kindLabel}</Tag>
        {parts.map((p, i) => (
          <Text key={i} className={p.hit ? 'search__hit' : undefined}>
            {p.text}
          </Text>
        ))}
      </View>
      {subtitle ? <Text className='search__result-sub'>{subtitle}</Text> : null}
    </View>
  )
}
