import type { KeyValueStorage } from '@/platform/key-value'
import { userRecords } from '../storage/records'
import type { Backend } from '../types'
import type { Locale } from '@/core/domain'
import type { Arrangement } from '@/core/calendar'
import { embeddedAppealsApi, type AppealsDataset } from './appeals'
import { embeddedApplicationsApi, type ApplicationsDataset } from './applications'
import { applicationsDatasets } from './applications-data'
import { embeddedCalendarApi } from './calendar'
import { embeddedGovApi, type GovDataset } from './gov'
import { embeddedUserApi } from './user'

/** the whole embedded backend over a given storage: used by tests and the reference HTTP server */
export function createEmbeddedBackend(
  storage: KeyValueStorage,
  datasets: {
    gov: Record<Locale, GovDataset>
    appeals: Record<Locale, AppealsDataset>
    simplify: (text: string) => string
    /** the application forms; by default the bundled ones */
    applications?: Record<Locale, ApplicationsDataset>
  },
  now: () => number = Date.now,
  /** holiday arrangements published after the app's bundle (the production server's CALENDAR_FILE) */
  calendar: Arrangement = {}
): Backend {
  const records = userRecords(storage)
  return {
    user: embeddedUserApi(records),
    gov: embeddedGovApi({ records, datasets: datasets.gov, now }),
    appeals: embeddedAppealsApi({ records, datasets: datasets.appeals, now, simplify: datasets.simplify }),
    applications: embeddedApplicationsApi({
      records,
      datasets: datasets.applications ?? applicationsDatasets,
      now
    }),
    calendar: embeddedCalendarApi(calendar, now)
  }
}
