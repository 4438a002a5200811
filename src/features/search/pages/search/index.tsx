import { Button, Input, Text, View } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import hantTable from '@/generated/hant-table.json'
import type { ZoneScope } from '@/core/gov-services/zone-scope'
import { createHantConverter, type HantTable } from '@/core/i18n/hant'
import { splitByRanges, type SearchHit } from '@/core/search'
import { searchApi, type SearchAnswer, type SearchRequest } from '@/backend/search'
import type { ZoneId } from '@/core/domain'
import type { Translate } from '@/core/i18n'
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
import { useSearchHistory, useSearchScope } from '../../store'
import './index.scss'
import { useRouteParam } from '@/platform/route-params'

const messages = { 'zh-Hans': hans, 'zh-Hant': hant }
const toHant = createHantConverter(hantTable as HantTable)
const MAX_RESULTS = 40

export default function Search() {
  const t = useTranslate(messages)
  const locale = useSettings((s) => s.locale)
  const zone = zoneById(useZone((s) => s.zoneId))
  // the zone's own hotline (the cross-city zones may carry another one)
  const hotline = zone.hotline
  const [query, setQuery] = useState(useRouteParam('q') ?? '')
  const history = useSearchHistory((s) => s.queries)
  const remember = useSearchHistory((s) => s.remember)
  const clearHistory = useSearchHistory((s) => s.clear)
  // 本专区可办 narrows anything only in a zone of several cities (in the 江门专区 every item is offered)
  const scoped = zone.cities.length > 1
  const storedScope = useSearchScope((s) => s.scope)
  const setScope = useSearchScope((s) => s.setScope)
  const scope: ZoneScope = scoped ? storedScope : 'all'
  const { hits, elsewhere } = useSearch(query, scope === 'zone' ? zone.id : undefined)
  const showAll = () => setScope('all')

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

      {scoped ? (
        <ChipGroup
          kind='tabs'
          className='search__scope'
          label={t('search.scope.label')}
          options={[
            { value: 'zone', label: t('search.scope.zone') },
            { value: 'all', label: t('search.scope.all') }
          ]}
          value={scope}
          onChange={setScope}
        />
      ) : null}

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
          {elsewhere ? <Elsewhere count={elsewhere} t={t} onShow={showAll} /> : null}
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
              t={t}
            />
          ))}
          {elsewhere ? <Elsewhere count={elsewhere} t={t} onShow={showAll} /> : null}
        </Section>
      )}
    </Page>
  )
}

const NO_HITS: SearchAnswer = { hits: [], elsewhere: 0 }

/**
 * The answer for the words typed: at once from the bundled index (embedded build), or from the server's search
 * (HTTP build, the bundled index answering when the server cannot), the last answer staying until the next one
 */
function useSearch(query: string, zone: ZoneId | undefined): SearchAnswer {
  const request = useMemo<SearchRequest>(() => ({ query, zone, limit: MAX_RESULTS }), [query, zone])
  const now = useMemo(() => ('searchNow' in searchApi ? searchApi.searchNow(request) : undefined), [request])
  const [answered, setAnswered] = useState<SearchAnswer>(NO_HITS)
  useEffect(() => {
    if (now || !query.trim()) return
    let current = true
    const answer = (next: SearchAnswer) => {
      if (current) setAnswered(next)
    }
    searchApi.search(request).then(answer, () => answer(NO_HITS))
    return () => {
      current = false
    }
  }, [now, query, request])
  if (!query.trim()) return NO_HITS
  return now ?? answered
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

/** results the zone does not offer: how many, and the way to see them */
function Elsewhere({ count, t, onShow }: { count: number; t: Translate; onShow: () => void }) {
  return (
    <View className='search__elsewhere'>
      <Text>{t('search.scope.elsewhere', { count })}</Text>
      <View className='search__link' role='button' onClick={onShow}>
        {t('search.scope.showAll')}
      </View>
    </View>
  )
}

function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((p, i) => (
        <Text key={i} className={p.hit ? 'search__hit' : undefined}>
          {p.text}
        </Text>
      ))}
    </>
  )
}

function Result({
  hit,
  locale,
  kindLabel,
  onOpen,
  t
}: {
  hit: SearchHit
  locale: 'zh-Hans' | 'zh-Hant'
  kindLabel: string
  onOpen: (hit: SearchHit) => void
  t: Translate
}) {
  const inLocale = (text: string) => (locale === 'zh-Hant' ? toHant(text) : text)
  // ranges index the simplified text; conversion keeps one character for one, so they fit both scripts
  const subtitle = hit.doc.subtitle ? inLocale(hit.doc.subtitle) : ''
  const { match } = hit
  // why this is the answer, when the title alone does not say: the synonym searched instead, the alias it matched
  const synonym = match.synonym
    ? t('search.why.synonym', { typed: inLocale(match.synonym.typed), searched: inLocale(match.synonym.searched) })
    : ''
  const alias = match.field === 'keyword'
  return (
    <View className='search__result' onClick={() => onOpen(hit)} hoverClass='search__result--pressed'>
      <View className='search__result-title'>
        <Tag tone='muted'>{kindLabel}</Tag>
        <Highlighted text={inLocale(hit.doc.title)} ranges={hit.ranges} />
      </View>
      {synonym || alias ? (
        <View className='search__why'>
          {synonym ? <Text>{synonym}</Text> : null}
          {synonym && alias ? <Text>{t('search.why.separator')}</Text> : null}
          {alias ? (
            <Text>
              {t('search.why.alias')}
              <Text className='search__why-term'>
                <Highlighted text={inLocale(match.term)} ranges={match.ranges} />
              </Text>
            </Text>
          ) : null}
        </View>
      ) : null}
      {subtitle ? <Text className='search__result-sub'>{subtitle}</Text> : null}
    </View>
  )
}
