// Markup typed into an appeal stays text: the detail page (and the list) show the characters as typed,
// no element is created from them and no script runs.
import { assert, currentPage, expectText, open, shot, textOf, until, waitForRoute } from '../lib.mjs'
import { detailReference, FILE_ROUTE, fillAppeal, LIST_ROUTE, submitWithConsent } from './70-appeal-file.mjs'

export const name = 'appeal-html'

const CONTENT = '<img src=x onerror="window.__pwned=1">测试内容：小区门口占道经营<script>window.__pwned=2</script>'

async function pwned(page) {
  return page.evaluate(() => window.__pwned)
}

async function injected(page, selector) {
  return page.evaluate((sel) => {
    const nodes = [...document.querySelectorAll(sel)]
    return (
      nodes.reduce((n, el) => n + el.querySelectorAll('img[src="x"], script').length, 0) +
      document.querySelectorAll('img[src="x"]').length
    )
  }, selector)
}

export default async function (page) {
  await open(page, FILE_ROUTE)
  await fillAppeal(page, { content: CONTENT })
  await submitWithConsent(page)
  await detailReference(page)

  const shown = await textOf(page, '#appeal-detail-content')
  assert.ok(shown.includes('<img src=x'), `the content is shown literally: ${shown}`)
  assert.equal(shown, CONTENT)
  assert.equal(
    await injected(page, '#appeal-detail-content'),
    0,
    'no <img src=x> or <script> element is made from the content'
  )
  // an onerror handler would have fired by now if an image had been created
  await until(async () => (await pwned(page)) === undefined, { message: 'window.__pwned stays undefined' })
  assert.equal(await pwned(page), undefined)
  await shot(page, 'detail')

  // the list's excerpt is text too
  await open(page, LIST_ROUTE)
  await expectText(page, '<img src=x')
  const row = await currentPage(page).locator('.appeal-list__content').first().innerText()
  assert.ok(row.startsWith('<img src=x'), `the list shows the characters: ${row}`)
  assert.equal(await injected(page, '.appeal-list__content'), 0)
  assert.equal(await pwned(page), undefined, 'no script ran on the list either')
  await waitForRoute(page, LIST_ROUTE)
}
