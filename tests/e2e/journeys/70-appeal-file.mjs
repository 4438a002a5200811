// 我要诉求, a personal appeal: wrong input first (too-short content, a 10-digit phone, no district), each
// field shows its own message next to it; then corrected input, the routing preview names a unit and the
// words that decided it, nothing is sent before the consent box is ticked, and the detail page shows the
// reference, the masked contact and the deadlines counting down.
// The helpers below are shared with the other 7x appeal journeys.
import {
  assert,
  currentPage,
  expectFieldError,
  expectNoText,
  expectText,
  fill,
  messages,
  open,
  pickerSelect,
  shot,
  tap,
  tapText,
  textOf,
  waitForRoute
} from '../lib.mjs'

export const name = 'appeal-file'

export const t = messages['zh-Hans']
export const FILE_ROUTE = '/features/appeals/pages/file/index'
export const LIST_ROUTE = '/features/appeals/pages/list/index'
export const DETAIL_ROUTE = '/features/appeals/pages/detail/index'

/** a complaint the routing model sends to 城管 with confidence: its words are 城管执法's */
export const CONTENT = '小区门口每天晚上都有流动摊贩占道经营，把人行道都占满了，行人只能走到马路上，希望尽快处理。'

/** 大类 › 中类 › 小类 through the three cascading pickers */
export async function chooseCategory(page, [level1, level2, level3] = ['城市管理', '市容秩序', '占道经营']) {
  await pickerSelect(page, '#appeal-category-1', level1)
  await pickerSelect(page, '#appeal-category-2', level2)
  await pickerSelect(page, '#appeal-category-3', level3)
  await expectText(page, level3)
}

/**
 * The description first: the category is then suggested from it (识别为 …); when the words name no category the
 * user takes 修改 and chooses one by hand.
 */
export async function describe(page, content) {
  await fill(page, t['appeal.content'], content)
  const suggestion = currentPage(page).locator('#appeal-suggestion')
  await suggestion.waitFor()
  if (!(await suggestion.innerText()).includes(t['appeal.suggestion.label'])) {
    await tap(page, '#appeal-suggestion .appeal-suggestion__change')
    await chooseCategory(page)
  }
}

/** everything a valid Jiangmen appeal needs, on the form on screen */
export async function fillAppeal(
  page,
  { content = CONTENT, name = '陈小明', phone = '13800138000', district = '蓬江区', address = '蓬江区建设路88号' } = {}
) {
  await describe(page, content)
  await pickerSelect(page, '#appeal-district', district)
  await fill(page, t['appeal.location.address'], address)
  await fill(page, t['appeal.contact.name'], name)
  await fill(page, t['appeal.contact.phone'], phone)
}

/** 提交诉求; the first time in a browser context, the consent box beside it ticked in between */
export async function submitWithConsent(page) {
  await tap(page, '#appeal-submit')
  // nothing personal is sent before the consent box is ticked: its message stands under it
  await expectText(page, t['consent.required'])
  await tap(page, '#appeal-submit-consent [role=checkbox]')
  await expectNoText(page, t['consent.required'])
  await tap(page, '#appeal-submit')
}

/** the reference shown on the detail page on screen (SQ + date + 6 digits) */
export async function detailReference(page) {
  await waitForRoute(page, DETAIL_ROUTE)
  await expectText(page, /^SQ\d{14}$/)
  const reference = (
    await currentPage(page)
      .getByText(/^SQ\d{14}$/)
      .first()
      .innerText()
  ).trim()
  assert.match(reference, /^SQ\d{14}$/)
  return reference
}

export default async function (page) {
  await open(page, '/pages/home/index')
  await tapText(page, t['appeals.file'], { exact: true })
  await waitForRoute(page, FILE_ROUTE)
  await expectText(page, t['appeal.file.intro'])

  // the description comes first; the category is recognised from it
  await expectText(page, t['appeal.suggestion.first'])
  // wrong input: a too-short content, a 10-digit phone, no district
  await fill(page, t['appeal.content'], '路灯坏了')
  await expectText(page, /识别为：.*路灯照明/)
  await fill(page, t['appeal.contact.phone'], '1380013800')
  await tap(page, '#appeal-submit')
  await expectText(page, t['appeal.fixErrors'])
  await expectFieldError(page, t['appeal.content'], t['appeal.content.tooShort'])
  await expectFieldError(page, t['appeal.contact.phone'], t['phone.cn.length'])
  await expectFieldError(page, t['appeal.location.district'], t['appeal.location.districtRequired'])
  await expectFieldError(page, t['appeal.location.address'], t['appeal.location.addressEmpty'])
  await expectFieldError(page, t['appeal.contact.name'], t['name.empty'])
  await shot(page, 'wrong-input')

  // corrected: each message goes as its field is put right, and the category follows the words
  await fill(page, t['appeal.content'], CONTENT)
  await expectText(page, /识别为：城市管理 › 市容秩序 › 占道经营/)
  await expectFieldError(page, t['appeal.content'], '')
  await pickerSelect(page, '#appeal-district', '蓬江区')
  await expectFieldError(page, t['appeal.location.district'], '')
  await fill(page, t['appeal.location.address'], '蓬江区建设路88号')
  await fill(page, t['appeal.contact.name'], '陈小明')
  await fill(page, t['appeal.contact.phone'], '13800138000')
  await expectFieldError(page, t['appeal.contact.phone'], '')
  await expectNoText(page, t['appeal.fixErrors'])

  // the routing preview: one handler, the district's own unit for a local matter, and the words that decided it
  await expectText(page, '拟派往蓬江区城市管理和综合执法局（由12345最终确认）')
  await expectText(page, '蓬江区的占道经营由蓬江区城市管理和综合执法局办理')
  const evidence = await textOf(page, '.appeal-routing__evidence')
  assert.ok(evidence.startsWith(`${t['appeal.routing.evidence']}：`), `routing evidence: ${evidence}`)
  assert.ok(/占道|摊贩/.test(evidence), `the evidence names the deciding words: ${evidence}`)
  await shot(page, 'routing')

  await submitWithConsent(page)
  const reference = await detailReference(page)
  await expectText(page, t['appeal.status.submitted'], { exact: true })
  // the contact comes back masked
  await expectText(page, '陈*明')
  await expectText(page, '138****8000')
  await expectNoText(page, '13800138000')
  // the deadlines, with a live countdown
  await expectText(page, t['appeal.deadlines'])
  await expectText(page, /^剩余 /)
  await expectText(page, /^截止 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
  await expectText(page, '占道经营')
  assert.match(reference, /^SQ/)
  await shot(page, 'filed')
}
