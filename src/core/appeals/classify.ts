// 识别为：… — the category and tags suggested from an appeal's description, before the user picks any.
// Every leaf of the category tree carries the words residents use for it (`keywords`, data); the words found in
// the text score their leaves, and the routing model's unit, when it is confident, prefers the leaves that unit
// handles. The words that decided it come back as evidence, so the suggestion can be explained and changed.
import { categoryLeaves, type CategoryNode, type CategoryTree } from './categories'
import { foldTagText, type TagEntry } from './tags'

/** a tag of the vocabulary; its id is the tag's 简体 form unless given */
export interface SuggestableTag extends TagEntry {
  id?: string
}

/** the part of the routing result the suggestion uses (routeAppeal's `unitId` and `confidence`) */
export interface RoutedUnit {
  unitId: string | null
  confidence: number
}

export interface ClassifyOptions {
  tree: CategoryTree
  tags: readonly SuggestableTag[]
  /** the routing model's proposal for the same text; null/undefined when there is none yet */
  routing?: RoutedUnit | null
  /**
   * applied to the text, the keywords and the tags before matching, e.g. 繁體 → 简体, so the text may be in either
   * script whatever script the tree is in; the evidence is in the folded script. Pass one function per script
   * (not a new closure per call): the tree's index is kept per fold function.
   */
  fold?: (text: string) => string
  /** at most this many tags (the form takes up to 4) */
  maxTags?: number
}

export interface ClassificationEvidence {
  term: string
  weight: number
}

export interface ClassificationSuggestion {
  /** a leaf code, or null when the text names no matter the tree knows */
  categoryCode: string | null
  /** ids of the tags whose name or alias occurs in the text, longest match first */
  tagIds: string[]
  /** the words that decided the category, strongest first */
  evidence: ClassificationEvidence[]
  /** the routed unit, when it decided between leaves (its leaves were preferred) */
  routedUnitId: string | null
}

/** Tuning constants. Changing them is measured by `npm run bench` (appeal-classify accuracy). */
export const CLASSIFY_TUNING = {
  /** a leaf's own name counts this much more than one of its keywords of the same length */
  nameFactor: 1.5,
  /** added to the leaves of the routed unit that matched a word */
  unitBoost: 2,
  /** below this routing confidence the routed unit is not used */
  minRoutingConfidence: 0.3,
  /** a suggestion needs at least this score (a one-character word alone is not enough) */
  minScore: 2
} as const

const EMPTY: ClassificationSuggestion = { categoryCode: null, tagIds: [], evidence: [], routedUnitId: null }

interface LeafTerm {
  leaf: CategoryNode
  order: number
  weight: number
}

interface TreeIndex {
  /** folded terms, longest first, so a longer word claims its characters before the words inside it */
  terms: string[]
  byTerm: Map<string, LeafTerm[]>
}

type Fold = (text: string) => string
const identity: Fold = (text) => text
// per tree and per fold, so a 繁體 tree folded to 简体 gets its own index
const indexCache = new WeakMap<CategoryTree, WeakMap<Fold, TreeIndex>>()

const length = (s: string): number => Array.from(s).length

function treeIndex(tree: CategoryTree, fold: Fold): TreeIndex {
  const byFold = indexCache.get(tree) ?? new WeakMap<Fold, TreeIndex>()
  indexCache.set(tree, byFold)
  const cached = byFold.get(fold)
  if (cached) return cached
  const byTerm = new Map<string, LeafTerm[]>()
  categoryLeaves(tree).forEach((leaf, order) => {
    const own = new Map<string, number>()
    for (const raw of leaf.keywords ?? []) {
      const term = foldTagText(fold(raw))
      if (term) own.set(term, Math.max(own.get(term) ?? 0, length(term)))
    }
    const name = foldTagText(fold(leaf.name))
    if (name) own.set(name, Math.max(own.get(name) ?? 0, length(name) * CLASSIFY_TUNING.nameFactor))
    for (const [term, weight] of own) byTerm.set(term, [...(byTerm.get(term) ?? []), { leaf, order, weight }])
  })
  const terms = [...byTerm.keys()].sort((a, b) => length(b) - length(a) || (a < b ? -1 : 1))
  const index = { terms, byTerm }
  byFold.set(fold, index)
  return index
}

/** Terms of the index found in `text`, each once; an occurrence inside an already claimed longer term is skipped. */
function claimTerms(text: string, terms: string[]): string[] {
  const claimed = new Array<boolean>(text.length).fill(false)
  const found: string[] = []
  for (const term of terms) {
    let hit = false
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      let free = true
      for (let i = at; i < at + term.length && free; i++) free = !claimed[i]
      if (!free) continue
      for (let i = at; i < at + term.length; i++) claimed[i] = true
      hit = true
    }
    if (hit) found.push(term)
  }
  return found
}

/** Tags whose name or an alias occurs in the folded text, longest match first, then vocabulary order. */
function suggestTags(text: string, tags: readonly SuggestableTag[], limit: number, fold: Fold): string[] {
  const hits: { id: string; match: number; order: number }[] = []
  tags.forEach((entry, order) => {
    let match = 0
    for (const word of [entry.tag, ...(entry.aliases ?? [])]) {
      const folded = foldTagText(fold(word))
      if (folded && text.includes(folded)) match = Math.max(match, length(folded))
    }
    if (match > 0) hits.push({ id: entry.id ?? entry.tag, match, order })
  })
  hits.sort((a, b) => b.match - a.match || a.order - b.order)
  const ids: string[] = []
  for (const h of hits) if (!ids.includes(h.id) && ids.length < limit) ids.push(h.id)
  return ids
}

/**
 * The suggested leaf and tags for `text`. Score of a leaf = Σ weights of its words found in the text (a word's
 * weight is its length; the leaf's own name counts `nameFactor` times more), + `unitBoost` when the routing model
 * confidently proposes the leaf's unit. The best leaf with a score of at least `minScore` wins; ties keep tree
 * order, so the result is deterministic. Empty or unmatched text suggests nothing.
 */
export function suggestClassification(text: string, options: ClassifyOptions): ClassificationSuggestion {
  const { tree, tags, routing, fold = identity, maxTags = 4 } = options
  const folded = foldTagText(fold(text))
  if (!folded) return EMPTY
  const { terms, byTerm } = treeIndex(tree, fold)

  const scores = new Map<
    string,
    { leaf: CategoryNode; order: number; score: number; evidence: ClassificationEvidence[] }
  >()
  for (const term of claimTerms(folded, terms)) {
    for (const { leaf, order, weight } of byTerm.get(term) ?? []) {
      const entry = scores.get(leaf.code) ?? { leaf, order, score: 0, evidence: [] }
      entry.score += weight
      entry.evidence.push({ term, weight })
      scores.set(leaf.code, entry)
    }
  }

  const routedUnitId =
    routing?.unitId && routing.confidence >= CLASSIFY_TUNING.minRoutingConfidence ? routing.unitId : null
  let boosted = false
  if (routedUnitId) {
    for (const entry of scores.values()) {
      if (entry.leaf.unitId === routedUnitId) {
        entry.score += CLASSIFY_TUNING.unitBoost
        boosted = true
      }
    }
  }

  const ranked = [...scores.values()]
    .filter((e) => e.score >= CLASSIFY_TUNING.minScore)
    .sort((a, b) => b.score - a.score || a.order - b.order)
  const best = ranked[0]
  const tagIds = suggestTags(folded, tags, maxTags, fold)
  if (!best) return { ...EMPTY, tagIds }
  return {
    categoryCode: best.leaf.code,
    tagIds,
    evidence: [...best.evidence].sort((a, b) => b.weight - a.weight || length(b.term) - length(a.term)),
    routedUnitId: boosted && best.leaf.unitId === routedUnitId ? routedUnitId : null
  }
}
