// Filed offline: the appeal waits in 待发送, is sent once when the network returns, and never twice —
// not after a retry, a reload or a second reload. The device's appeal store ends with exactly one item.
import {
  assert,
  currentPage,
  expectNoText,
  expectText,
  open,
  reload,
  shot,
  storage,
  tap,
  tapText,
  until,
  waitForRoute
} from '../lib.mjs'
import { FILE_ROUTE, fillAppeal, LIST_ROUTE, t } from './70-appeal-file.mjs'

export const name = 'appeal-offline'

const CONTENT = '村口路灯已经坏了两个多星期，晚上一片漆黑，老人小孩出行很不安全，请尽快维修。'

/** list rows of sent appeals (each shows its SQ reference) */
async function sentRows(page) {
  return currentPage(page)
    .locator('.appeal-list__row:not(.appeal-list__row--queued)')
    .filter({ hasText: /SQ\d{14}/ })
    .count()
}

const queuedRows = (page) => currentPage(page).locator('.appeal-list__row--queued').count()

async function storedAppeals(page) {
  const stored = (await storage(page))['wst:appeals']
  return stored?.items ?? []
}

export default async function (page) {
  const context = page.context()

  // the list first (its page is then loaded in this document, as after any earlier visit), then the form
  await open(page, LIST_ROUTE)
  await expectText(page, t['appeal.list.empty'])
  await tapText(page, t['appeal.list.new'], { exact: true })
  await waitForRoute(page, FILE_ROUTE)
  await fillAppeal(page, { content: CONTENT, address: '台山市台城街道环北大道' })
  // consent while online, as a person would on first use
  await tap(page, '#appeal-submit')
  await expectText(page, t['consent.required'])
  await tap(page, '#appeal-submit-consent [role=checkbox]')
  await expectNoText(page, t['consent.required'])

  try {
    await context.setOffline(true)
    await until(() => page.evaluate(() => navigator.onLine === false), { message: 'the browser went offline' })
    await tap(page, '#appeal-submit')
    // saved as 待发送, and the user is taken to the list
    await waitForRoute(page, LIST_ROUTE)
    await expectText(page, t['appeal.outbox.title'])
    await expectText(page, t['appeal.outbox.hint'])
    await expectText(page, CONTENT.slice(0, 20))
    assert.equal(await queuedRows(page), 1, 'one filing waits in 待发送')
    assert.equal(await sentRows(page), 0, 'nothing is sent while offline')
    await shot(page, 'queued')

    // a retry while still offline sends nothing and keeps it waiting
    await tapText(page, t['appeal.outbox.retry'], { exact: true })
    await expectText(page, t['appeal.outbox.title'])
    assert.equal(await queuedRows(page), 1)
    assert.equal(await sentRows(page), 0)
    assert.equal((await storedAppeals(page)).length, 0, 'no appeal is stored while offline')
  } finally {
    await context.setOffline(false)
  }

  // back online: the 'online' event sends it, once
  await until(async () => (await queuedRows(page)) === 0, {
    message: 'the 待发送 section empties once online'
  })
  await expectNoText(page, t['appeal.outbox.hint'])
  await until(async () => (await sentRows(page)) === 1, {
    message: async () => `expected the sent appeal in the list, ${await sentRows(page)} rows`
  })
  await expectText(page, t['appeal.status.submitted'], { exact: true })
  await shot(page, 'sent')

  await reload(page)
  await until(async () => (await sentRows(page)) === 1, {
    message: async () => `after a reload: ${await sentRows(page)} appeals listed`
  })
  await expectNoText(page, t['appeal.outbox.title'])
  const stored = await storedAppeals(page)
  assert.equal(stored.length, 1, `the device holds exactly one appeal, not ${stored.length}`)
  assert.equal(stored[0].content, CONTENT)
  assert.equal(
    Object.keys((await storage(page))['wst:appeal-outbox']?.state?.items ?? {}).length,
    0,
    'the outbox is empty'
  )

  // and again: no resend can create a second one
  await reload(page)
  await until(async () => (await sentRows(page)) === 1, {
    message: async () => `after a second reload: ${await sentRows(page)} appeals listed`
  })
  assert.equal((await storedAppeals(page)).length, 1)
}
