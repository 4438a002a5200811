import { Button, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { Banner } from './banner'
import type { DraftForm } from './use-draft-form'

interface FormSubmitProps {
  form: Pick<DraftForm<unknown, string>, 'banner' | 'submitting' | 'submit'>
  id: string
  /** the button's text, already translated */
  label: string
  /** the link to the privacy notice when consent is still missing, already translated */
  privacyLink?: string
  /** what stands between the banner and the button (a note on messages, the privacy line) */
  children?: ReactNode
}

/**
 * The end of every draft form: the form's banner (with the way to the privacy notice when consent is what is
 * missing) and the submit button, whose text stays while it is busy (its spinner is drawn beside it).
 */
export function FormSubmit({ form, id, label, privacyLink, children }: FormSubmitProps) {
  const { banner } = form
  return (
    <>
      {banner ? (
        <Banner
          tone='error'
          action={
            banner.consent && privacyLink ? (
              <Text className='wst-link' onClick={() => go(routes.privacy())}>
                {privacyLink}
              </Text>
            ) : undefined
          }
        >
          {banner.text}
        </Banner>
      ) : null}
      {children}
      <Button
        className={`wst-button ${form.submitting ? 'wst-button--busy' : ''}`}
        id={id}
        disabled={form.submitting}
        loading={form.submitting}
        onClick={form.submit}
      >
        {label}
      </Button>
    </>
  )
}
