// placeholder while the module is built; replaced by its page
import { Page } from '@/components/page'

export default function Placeholder() {
  return <Page title='招商服务'>{null}</Page>
}
