import type { ReactNode } from 'react'
import type { Translate } from '@/core/i18n'
import { ErrorView } from './error-view'
import type { Query } from './query'
import { Empty } from './ui'

interface AsyncViewProps<T> {
  /** a query of the query layer (or anything shaped like one) */
  query: Pick<Query<T>, 'data' | 'error' | 'loading' | 'reload'>
  t: Translate
  /** the message when the answer holds nothing; without it an empty answer is drawn like any other */
  empty?: string
  /** what counts as nothing (default: an empty list) */
  isEmpty?: (data: T) => boolean
  /** offered under the empty message, e.g. a link to make the first one */
  emptyAction?: ReactNode
  /** what to draw with the answer */
  children: (data: T) => ReactNode
}

const isEmptyList = (data: unknown) => Array.isArray(data) && data.length === 0

/** the ladder every page climbs: loading, then the failure with its retry, then nothing found, then the data */
export function AsyncView<T>({ query, t, empty, isEmpty = isEmptyList, emptyAction, children }: AsyncViewProps<T>) {
  if (query.error && !query.loading) return <ErrorView t={t} error={query.error} onRetry={() => void query.reload()} />
  if (query.data === undefined) return <Empty message={t('common.loading')} />
  if (empty !== undefined && isEmpty(query.data)) return <Empty message={empty} action={emptyAction} />
  return <>{children(query.data)}</>
}
