import { Button } from '@tarojs/components'
import { idAttr } from './a11y'
import type { ReactNode } from 'react'
import { Banner } from './banner'
import { ConsentCheck } from './consent-check'
import type { DraftForm } from './use-draft-form'

interface FormSubmitProps {
  form: Pick<DraftForm<unknown, string>, 'banner' | 'consent' | 'submitting' | 'submit'>
  /** the submit button's id; the consent checkbox is `<id>-consent` */
  id: string
  /** the button's text, already translated */
  label: string
  /** what stands between the banner and the button (a note on messages) */
  children?: ReactNode
}

/**
 * The end of every draft form: the form's banner, the privacy-consent checkbox when the form asks for consent
 * (checked on submit with the fields, its message under it), and the submit button, whose text stays while it is
 * busy (its spinner is drawn beside it).
 */
export function FormSubmit({ form, id, label, children }: FormSubmitProps) {
  const { banner, consent } = form
  return (
    <>
      {banner ? <Banner tone='error'>{banner.text}</Banner> : null}
      {children}
      {consent ? <ConsentCheck id={`${id}-consent`} error={consent.error} /> : null}
      <Button
        className={`wst-button ${form.submitting ? 'wst-button--busy' : ''}`}
        {...idAttr(id)}
        disabled={form.submitting}
        loading={form.submitting}
        onClick={form.submit}
      >
        {label}
      </Button>
    </>
  )
}
