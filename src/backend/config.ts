// Which implementation of the data boundary runs is configuration: TARO_APP_BACKEND=embedded|http
// (default embedded), with TARO_APP_API_BASE as the HTTP base URL. Both are inlined at build time.

export type BackendKind = 'embedded' | 'http'

export const BACKEND_KIND: BackendKind = process.env.TARO_APP_BACKEND === 'http' ? 'http' : 'embedded'

export const API_BASE: string = process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:8787/api/v1'
