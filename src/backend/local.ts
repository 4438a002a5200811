import { deviceStorage } from '@/platform/storage'
import { userRecords } from './storage/records'

/** the user's records on this device, shared by whichever backend runs */
export const localRecords = userRecords(deviceStorage)
