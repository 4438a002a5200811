import { AsyncView } from '@/components/async-view'
import { Page } from '@/components/page'
import { useTranslate } from '@/components/use-translate'
import { useFavourites } from '../../api'
import { SavedList } from '../../components/saved-list'

export default function Favourites() {
  const t = useTranslate()
  const favourites = useFavourites()
  return (
    <Page title={t('fav.title')}>
      <AsyncView query={favourites} t={t}>
        {(items) => <SavedList items={items} emptyMessage={t('fav.empty')} />}
      </AsyncView>
    </Page>
  )
}
