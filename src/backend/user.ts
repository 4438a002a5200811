// The user-records half of the data boundary, small enough for the main package.
import { API_BASE } from './config'
import { embeddedUserApi } from './embedded/user'
import { httpUserApi } from './http/user'
import { taroTransport } from './http/taro-transport'
import { localRecords } from './local'
import type { UserApi } from './types'

// the condition is written out (not BACKEND_KIND) so that the build folds it: the HTTP client, and on H5 the fetch
// polyfills Taro's request brings, stay out of the first screen of an embedded build
export const userApi: UserApi =
  process.env.TARO_APP_BACKEND === 'http'
    ? httpUserApi({ base: API_BASE, transport: taroTransport })
    : embeddedUserApi(localRecords)
