// WeChat: a private API (chooseLocation, chooseMedia …) runs only once WeChat knows the user agreed to the
// app's privacy notice, which it learns from a tap on <button open-type="agreePrivacyAuthorization">. The app's
// consent checkbox is that button, so one tap is both agreements. When an API still finds no agreement (the user
// agreed in-app before this version, or WeChat's notice gained a kind of data), WeChat calls the
// onNeedPrivacyAuthorization listener with the API pending: if the agree button was tapped in this run, it is
// resolved at once with that button's id (the base library checks the button was tapped); otherwise the app shows
// its own consent, whose agree button resolves it, and leaving without agreeing declines it.
import Taro from '@tarojs/taro'

type PrivacyEvent = { event: 'agree'; buttonId: string } | { event: 'disagree' | 'exposureAuthorization' }
type Resolve = (option: PrivacyEvent) => void
interface PrivacyHost {
  onNeedPrivacyAuthorization?: (listener: (resolve: Resolve, info?: { referrer?: string }) => void) => void
}

export const PRIVACY_AGREE_OPEN_TYPE: 'agreePrivacyAuthorization' | undefined = 'agreePrivacyAuthorization'

export interface PrivacyWatch {
  consented(): boolean
  ask(): void
}

/** the API waiting for the user's agreement, resolved once */
let pending: Resolve | undefined
/** the id of the agree button tapped in this run of the app */
let agreedWith: string | undefined

function settle(option: PrivacyEvent): void {
  const resolve = pending
  pending = undefined
  resolve?.(option)
}

export function platformAgreed(buttonId: string): void {
  agreedWith = buttonId
  settle({ event: 'agree', buttonId })
}

export function platformDeclined(): void {
  settle({ event: 'disagree' })
}

export function platformWaiting(): boolean {
  return pending !== undefined
}

let watching = false

export function watchPrivacyAuthorization(watch: PrivacyWatch): void {
  // Taro's proxy of wx, as for every other API; base libraries before 2.32.3 have no listener (and no check)
  const host = Taro as unknown as PrivacyHost
  if (watching || typeof host.onNeedPrivacyAuthorization !== 'function') return
  watching = true
  host.onNeedPrivacyAuthorization((resolve) => {
    if (watch.consented() && agreedWith) return resolve({ event: 'agree', buttonId: agreedWith })
    // one question at a time: an earlier API still waiting is declined, the new one waits for the answer
    settle({ event: 'disagree' })
    pending = resolve
    resolve({ event: 'exposureAuthorization' })
    watch.ask()
  })
}
