// One hook for every form: the draft it keeps (on the device when a store is given), the notice that a draft
// was restored, one message per field (checked when the user leaves a field, gone as soon as it is edited),
// the privacy consent checked with the fields (its message under the consent checkbox that FormSubmit draws), a
// backend refusal shown under the field it concerns, and a guard so that two taps on 提交 submit once. Pages only
// lay out the fields.
import { useRef, useState } from 'react'
import { isBackendError } from '@/backend/errors'
import type { Translate } from '@/core/i18n'
import { errorMessage } from './error-view'

/** a message key per field; a field without one is right */
export type FieldErrors<F extends string> = Partial<Record<F, string>>

/** where a form keeps its draft, e.g. a persisted zustand store */
export interface DraftStore<V> {
  /** the draft kept from before, undefined when there is none */
  stored: V | undefined
  save(patch: Partial<V>): void
  discard(): void
}

/** what a submit may answer instead of throwing: the backend said no, for this reason (a message key) */
export interface Refusal {
  refused: string
}

export interface DraftFormOptions<V, F extends string> {
  t: Translate
  /** the form's value while nothing is stored */
  initial: V
  /** a draft kept outside the component (on the device); without one the form lives as long as the component */
  store?: DraftStore<V>
  /** every field's message key for a value; called on leaving a field (for that field) and on submit */
  validate(value: V): FieldErrors<F>
  /** the fields an edit may correct when the edit does not name them; by default the keys it changes */
  fieldsOf?(patch: Partial<V>): readonly F[]
  /** the field a backend refusal belongs to, so its message stands next to it */
  fieldOfReason?(reason: string): F | undefined
  /**
   * privacy consent, checked on submit with the fields (the personal data is sent only after it): `given` is the
   * consent in settings (the checkbox ticks it), `message` the key said under the checkbox while it is missing;
   * absent when the form sends nothing personal
   */
  consent?: { given: boolean; message: string }
  /** the banner's message key when fields need correcting; without it the fields' own messages say it all */
  invalidMessage?: string
  /**
   * sends the value; runs inside the tap (platform prompts that need a tap can be asked first). A thrown error
   * or a returned Refusal is shown; on success the page moves on (navigation is the submit's business).
   */
  submit(value: V): Promise<Refusal | void>
}

export interface DraftBanner {
  text: string
  /** the message is only about the missing consent: it goes once consent is given */
  consent: boolean
}

/** the consent checkbox's state as the form sees it */
export interface DraftConsent {
  given: boolean
  /** the translated message under the checkbox: a submit found the consent missing and it still is */
  error: string | undefined
}

export interface DraftForm<V, F extends string> {
  value: V
  /** a draft from an earlier visit was restored (until it is discarded or sent) */
  restored: boolean
  errors: FieldErrors<F>
  /** the translated message of a field, undefined when it is right */
  error(field: F): string | undefined
  banner: DraftBanner | null
  /** the privacy consent, when the form asks for one */
  consent: DraftConsent | undefined
  submitting: boolean
  /** edits the value; the fields it corrects lose their message at once */
  set(patch: Partial<V>, fields?: readonly F[]): void
  /** checks one field (on leaving it) */
  check(field: F): void
  /** throws the draft away and starts empty */
  discard(): void
  submit(): Promise<void>
}

export function useDraftForm<V extends object, F extends string>(options: DraftFormOptions<V, F>): DraftForm<V, F> {
  const { t, store, initial } = options
  const [local, setLocal] = useState<V | undefined>(undefined)
  const value = store ? (store.stored ?? initial) : (local ?? initial)
  const [restored, setRestored] = useState(() => store?.stored !== undefined)
  const [errors, setErrors] = useState<FieldErrors<F>>({})
  const [banner, setBanner] = useState<DraftBanner | null>(null)
  // a submit found the consent missing: its message shows until the consent is given
  const [consentAsked, setConsentAsked] = useState(false)
  const [submitting, setSubmitting] = useState(false)

  // the latest value and options, for handlers that run before the next render (a blur right after an input)
  const latest = useRef(value)
  latest.current = value
  const current = useRef(options)
  current.current = options
  // a ref, not state: a second tap arriving in the same tick, before any render, must already see the first one
  const sending = useRef(false)

  const without = (fields: readonly F[]) => (e: FieldErrors<F>) => {
    if (!fields.some((f) => f in e)) return e
    const rest = { ...e }
    for (const f of fields) delete rest[f]
    return rest
  }

  const set = (patch: Partial<V>, fields?: readonly F[]) => {
    latest.current = { ...latest.current, ...patch }
    if (store) store.save(patch)
    else setLocal(latest.current)
    setBanner(null)
    // a corrected field loses its message at once; it is checked again when the user leaves it
    setErrors(without(fields ?? current.current.fieldsOf?.(patch) ?? (Object.keys(patch) as F[])))
  }

  const check = (field: F) => {
    const message = current.current.validate(latest.current)[field]
    setErrors((e) => (message ? { ...e, [field]: message } : without([field])(e)))
  }

  const discard = () => {
    store?.discard()
    setLocal(undefined)
    latest.current = initial
    setErrors({})
    setBanner(null)
    setConsentAsked(false)
    setRestored(false)
  }

  const refuse = (reason: string | undefined, message: string) => {
    const { fieldOfReason, invalidMessage } = current.current
    const field = reason ? fieldOfReason?.(reason) : undefined
    if (field) setErrors((e) => ({ ...e, [field]: reason }))
    setBanner(
      !field ? { text: message, consent: false } : invalidMessage ? { text: t(invalidMessage), consent: false } : null
    )
  }

  const submit = async () => {
    if (sending.current) return
    const o = current.current
    const found = o.validate(latest.current)
    const wrong = Object.keys(found).length > 0
    const noConsent = o.consent !== undefined && !o.consent.given
    setErrors(found)
    setConsentAsked(noConsent)
    if (wrong || noConsent) {
      // the banner points at the red messages (the consent's under its box); without a banner message of its own,
      // the form's banner says what the consent's says
      const text = o.invalidMessage ?? (noConsent && !wrong ? o.consent?.message : undefined)
      return setBanner(text ? { text: t(text), consent: !wrong } : null)
    }
    sending.current = true
    setSubmitting(true)
    setBanner(null)
    try {
      const answer = await o.submit(latest.current)
      if (answer) refuse(answer.refused, t(answer.refused))
    } catch (e) {
      refuse(isBackendError(e) ? e.reason : undefined, errorMessage(t, e))
    } finally {
      sending.current = false
      setSubmitting(false)
    }
  }

  return {
    value,
    restored: restored && (!store || store.stored !== undefined),
    errors,
    error: (field) => (errors[field] ? t(errors[field] as string) : undefined),
    // a banner about the consent alone goes as soon as the box is ticked
    banner: banner?.consent && options.consent?.given ? null : banner,
    consent: options.consent && {
      given: options.consent.given,
      error: consentAsked && !options.consent.given ? t(options.consent.message) : undefined
    },
    submitting,
    set,
    check,
    discard,
    submit
  }
}
