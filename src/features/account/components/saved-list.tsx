import type { SavedItem } from '@/core/domain'
import { localized } from '@/core/i18n'
import { Cell, Empty, Section } from '@/components/ui'
import { ownsSavedItem } from '@/modules'
import { go } from '@/platform/navigation'
import { useSettings } from '@/stores/settings'

/**
 * favourites and recently viewed share one list. It shows the items of the kinds a module of this app owns
 * (its record's `saved`); others stay stored, untouched, for the version that has their module.
 */
export function SavedList({ items, emptyMessage }: { items: SavedItem[] | undefined; emptyMessage: string }) {
  const locale = useSettings((s) => s.locale)
  if (items === undefined) return null
  const shown = items.filter(ownsSavedItem)
  if (shown.length === 0) return <Empty message={emptyMessage} />
  return (
    <Section>
      {shown.map((item) => (
        <Cell
          key={`${item.module}:${item.kind}:${item.id}`}
          title={localized(locale, item.title, item.titleHant)}
          onClick={() => go(item.route)}
        />
      ))}
    </Section>
  )
}
