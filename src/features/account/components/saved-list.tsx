import type { SavedItem } from '@/backend/types'
import { localized } from '@/core/i18n'
import { Cell, Empty, Section } from '@/components/ui'
import { go } from '@/platform/navigation'
import { useSettings } from '@/stores/settings'

/** favourites and recently viewed share one list */
export function SavedList({ items, emptyMessage }: { items: SavedItem[] | undefined; emptyMessage: string }) {
  const locale = useSettings((s) => s.locale)
  if (items === undefined) return null
  if (items.length === 0) return <Empty message={emptyMessage} />
  return (
    <Section>
      {items.map((item) => (
        <Cell
          key={`${item.kind}:${item.id}`}
          title={localized(locale, item.title, item.titleHant)}
          onClick={() => go(item.route)}
        />
      ))}
    </Section>
  )
}
