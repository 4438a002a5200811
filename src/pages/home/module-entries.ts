import type { ModuleId } from '@/zones'
import { routes } from '@/routes'

/** what each module puts on the home page, in order; a zone shows the entries of the modules it lists */
export const MODULE_ENTRIES: Record<ModuleId, { labelKey: string; url: () => string }[]> = {
  'gov-services': [
    { labelKey: 'module.gov-services', url: routes.services },
    { labelKey: 'services.bundles', url: routes.bundles },
    { labelKey: 'services.booking', url: routes.bookings },
    { labelKey: 'services.progress', url: routes.progress }
  ],
  appeals: [
    { labelKey: 'appeals.file', url: () => routes.fileAppeal() },
    { labelKey: 'appeals.enterprise', url: () => routes.fileAppeal({ channel: 'enterprise' }) },
    { labelKey: 'appeals.mine', url: () => routes.appeals() }
  ]
}
