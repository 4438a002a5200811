// The platform's own privacy authorization, next to the app's consent (settings.privacyConsent).
// Neutral default (H5, Alipay, tests): the platform asks for nothing beyond what each API asks itself, so the
// app's consent is the whole of it. WeChat (privacy.weapp.ts) makes the consent tap its agreement too.

/**
 * The Button open-type that grants the platform's privacy authorization with the same tap; undefined where there
 * is none (the consent control is then a plain checkbox).
 */
export const PRIVACY_AGREE_OPEN_TYPE: 'agreePrivacyAuthorization' | undefined = undefined

/** the user tapped the agree control with this id (its open-type event on WeChat) */
export function platformAgreed(buttonId: string): void {
  void buttonId
}

/** the user left the app's consent without agreeing: a private API waiting for it fails as refused */
export function platformDeclined(): void {}

/** a private API waits for the user's agreement (WeChat: onNeedPrivacyAuthorization before the user agreed) */
export function platformWaiting(): boolean {
  return false
}

export interface PrivacyWatch {
  /** the user has agreed to the current privacy notice in the app */
  consented(): boolean
  /** show the app's own consent (its agree control is the platform's agree button) */
  ask(): void
}

/** registers the platform's "authorization needed" listener once, at launch */
export function watchPrivacyAuthorization(watch: PrivacyWatch): void {
  void watch
}
