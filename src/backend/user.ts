// The user-records half of the data boundary, small enough for the main package.
import { API_BASE, BACKEND_KIND } from './config'
import { embeddedUserApi } from './embedded/user'
import { httpUserApi } from './http/user'
import { taroTransport } from './http/taro-transport'
import { localRecords } from './local'
import type { UserApi } from './types'

export const userApi: UserApi =
  BACKEND_KIND === 'http' ? httpUserApi({ base: API_BASE, transport: taroTransport }) : embeddedUserApi(localRecords)
