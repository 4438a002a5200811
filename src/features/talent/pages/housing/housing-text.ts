import type { Translate } from '@/core/i18n'
import type { TalentHousing } from '@/core/talent/jobs'

/** a project's monthly rent and flat sizes as they read (the list and the project's page) */
export const rentText = (t: Translate, h: TalentHousing) =>
  t('talent.housing.rentValue', { min: h.rent.min, max: h.rent.max })
export const areaText = (t: Translate, h: TalentHousing) =>
  t('talent.housing.areaValue', { min: h.area.min, max: h.area.max })
