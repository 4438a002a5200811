import { Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { useTranslate } from '@/components/use-translate'
import { useHistory, userApi } from '../../api'
import { SavedList } from '../../components/saved-list'

export default function History() {
  const t = useTranslate()
  const history = useHistory()
  const clear = async () => {
    await userApi.clearHistory()
    void Taro.showToast({ title: t('history.cleared'), icon: 'none' })
  }
  return (
    <Page title={t('history.title')}>
      <AsyncView query={history} t={t}>
        {(items) => (
          <>
            <SavedList items={items} emptyMessage={t('history.empty')} />
            {items.length > 0 ? (
              <Button className='wst-button wst-button--secondary' onClick={clear}>
                {t('history.clear')}
              </Button>
            ) : null}
          </>
        )}
      </AsyncView>
    </Page>
  )
}
