// An appeal draft survives a reload: what was typed comes back with a notice; discarding it is explicit
// (清空草稿, then 确认清空) and empties the form, and after that a reload restores nothing.
import {
  assert,
  currentPage,
  expectNoText,
  expectText,
  fill,
  open,
  reload,
  shot,
  storage,
  tapText,
  until
} from '../lib.mjs'
import { FILE_ROUTE, t } from './70-appeal-file.mjs'

export const name = 'appeal-draft'

const CONTENT = '楼下烧烤档每晚营业到凌晨两点，噪音和油烟很大，已影响休息一个多月。'

/** the values of the form's content, name and phone inputs */
async function values(page) {
  const p = currentPage(page)
  return {
    content: await p.locator('#appeal-content textarea').inputValue(),
    name: await p.locator('#appeal-name input').inputValue(),
    phone: await p.locator('#appeal-phone input').inputValue()
  }
}

/** the form has rendered (past its loading state) */
async function formShown(page) {
  await expectText(page, t['appeal.file.intro'])
  await expectText(page, t['appeal.submit'])
}

export default async function (page) {
  await open(page, FILE_ROUTE)
  await formShown(page)
  // a fresh form restores nothing
  await expectNoText(page, t['appeal.draftRestored'])

  await fill(page, t['appeal.content'], CONTENT)
  await fill(page, t['appeal.contact.name'], '陈小明')
  await fill(page, t['appeal.contact.phone'], '13800138000')
  // saved on the device as it is typed
  const saved = await until(async () => (await storage(page))['wst:appeal-drafts']?.state?.drafts?.personal, {
    message: 'the draft is saved on the device'
  })
  assert.equal(saved.content, CONTENT)

  await reload(page)
  await formShown(page)
  await expectText(page, t['appeal.draftRestored'])
  assert.deepEqual(await values(page), { content: CONTENT, name: '陈小明', phone: '13800138000' })
  await shot(page, 'restored')

  // discarding asks again; 保留 keeps everything
  await tapText(page, t['appeal.discard'], { exact: true })
  await tapText(page, t['appeal.discardCancel'], { exact: true })
  await expectText(page, t['appeal.discard'], { exact: true })
  assert.equal((await values(page)).content, CONTENT)

  await tapText(page, t['appeal.discard'], { exact: true })
  await tapText(page, t['appeal.discardConfirm'], { exact: true })
  await expectNoText(page, t['appeal.draftRestored'])
  await until(async () => JSON.stringify(await values(page)) === JSON.stringify({ content: '', name: '', phone: '' }), {
    message: async () => `the form is emptied, it holds ${JSON.stringify(await values(page))}`
  })
  await shot(page, 'discarded')

  await reload(page)
  await formShown(page)
  await expectNoText(page, t['appeal.draftRestored'])
  assert.deepEqual(await values(page), { content: '', name: '', phone: '' })
  const drafts = (await storage(page))['wst:appeal-drafts']?.state?.drafts ?? {}
  assert.equal(drafts.personal, undefined, 'no personal draft is left on the device')
}
