import shellCatalogue from '@/generated/shell-catalogue.json'
import type { IconName } from '@/core/icons'
import { localized } from '@/core/i18n'
import { Page } from '@/components/page'
import { Cell, Grid, Section } from '@/components/ui'
import { TabBar } from '@/components/tab-bar'
import { useTranslate } from '@/components/use-translate'
import { entriesInZone, modulesInZone } from '@/modules'
import { go } from '@/platform/navigation'
import { linkUrl } from '@/routes'
import { useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'

/** build-time grids of catalogue items, by `<module>/<grid>` (scripts/lib/search-sources.ts) */
const GRIDS = shellCatalogue.grids as Record<
  string,
  { key: string; name: string; nameHant: string; icon: IconName; url: string }[]
>

/** all services of the zone: each module's sections of its manifest record, in manifest order */
export default function Services() {
  const t = useTranslate()
  const locale = useSettings((s) => s.locale)
  const zoneId = useZone((s) => s.zoneId)

  return (
    <Page title={t('services.title')}>
      {modulesInZone(zoneId).flatMap((m) =>
        (m.services ?? []).map((section) => (
          <Section key={`${m.id}:${section.titleKeys.join()}`} title={section.titleKeys.map((k) => t(k)).join(' · ')}>
            {'grid' in section ? (
              <Grid
                items={(GRIDS[`${m.id}/${section.grid}`] ?? []).map((item) => ({
                  key: item.key,
                  label: localized(locale, item.name, item.nameHant),
                  icon: item.icon,
                  onClick: () => go(item.url)
                }))}
              />
            ) : (
              entriesInZone(section.entries, zoneId).map((entry) => (
                <Cell key={entry.labelKey} title={t(entry.labelKey)} onClick={() => go(linkUrl(m, entry.to))} />
              ))
            )}
          </Section>
        ))
      )}
      <TabBar tab='services' />
    </Page>
  )
}
