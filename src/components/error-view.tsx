import { Button } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import { isBackendError } from '@/backend/errors'
import { Empty } from './ui'

/** the most specific message there is for an error: its reason (a message key), else its general kind */
export function errorMessage(t: Translate, error: unknown): string {
  if (!isBackendError(error)) return t('error.server')
  const specific = t(error.reason)
  return specific !== error.reason ? specific : t(`error.${error.code}`)
}

export function ErrorView({ t, error, onRetry }: { t: Translate; error: unknown; onRetry?: () => void }) {
  return (
    <Empty
      message={errorMessage(t, error)}
      action={
        onRetry ? (
          <Button className='wst-button wst-button--secondary' onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  )
}
