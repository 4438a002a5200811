import shellCatalogue from '@/generated/shell-catalogue.json'
import { localized } from '@/core/i18n'
import { Page } from '@/components/page'
import { Cell, Grid, Section } from '@/components/ui'
import { useTabBarText } from '@/components/use-tab-bar-text'
import { useTranslate } from '@/components/use-translate'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'

/** all services of the zone, by module, audience and theme */
export default function Services() {
  const t = useTranslate()
  useTabBarText()
  const locale = useSettings((s) => s.locale)
  const zone = zoneById(useZone((s) => s.zoneId))
  const themeGrid = (audience: 'personal' | 'legal') =>
    shellCatalogue.themes
      .filter((th) => th.audience === audience)
      .map((th) => ({
        key: th.id,
        label: localized(locale, th.name, th.nameHant),
        onClick: () => go(routes.catalogue({ theme: th.id }))
      }))

  return (
    <Page title={t('services.title')}>
      {zone.modules.includes('gov-services') ? (
        <>
          <Section title={t('module.gov-services')}>
            {zone.crossCity ? null : (
              <Cell title={t('services.featured')} onClick={() => go(routes.catalogue({ featured: 1 }))} />
            )}
            <Cell title={t('services.personal')} onClick={() => go(routes.catalogue({ audience: 'personal' }))} />
            <Cell title={t('services.legal')} onClick={() => go(routes.catalogue({ audience: 'legal' }))} />
            <Cell title={t('services.byDepartment')} onClick={() => go(routes.catalogue({ department: 'all' }))} />
            <Cell title={t('services.bundles')} onClick={() => go(routes.bundles())} />
          </Section>
          <Section title={t('services.tools')}>
            <Cell title={t('services.booking')} onClick={() => go(routes.bookings())} />
            <Cell title={t('services.progress')} onClick={() => go(routes.progress())} />
          </Section>
          <Section title={`${t('services.personal')} · ${t('services.byTheme')}`}>
            <Grid items={themeGrid('personal')} />
          </Section>
          <Section title={`${t('services.legal')} · ${t('services.byTheme')}`}>
            <Grid items={themeGrid('legal')} />
          </Section>
        </>
      ) : null}
    </Page>
  )
}
