// 在线申办: the generic application pipeline (form schema, rules, workflow), shared by every module that takes
// applications.
export { APPLICATION_CODES } from './codes'
export type { ApplicationCode } from './codes'
export { APPLICATION_MESSAGES, applicationMessage } from './messages'
export * from './form'
export * from './workflow'
export * from './types'
