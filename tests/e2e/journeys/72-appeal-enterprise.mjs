// 企业诉求 "117": a company files with its name and 统一社会信用代码 (a wrong check character first gets its
// own message); the detail page shows Jiangmen's three 117 deadlines — contact within 1 hour, reply within
// 24 hours, close within 7 days — each with its due time and a countdown that ticks.
import { assert, currentPage, expectFieldError, expectNoText, expectText, fill, open, shot, until } from '../lib.mjs'
import { detailReference, FILE_ROUTE, fillAppeal, submitWithConsent, t } from './70-appeal-file.mjs'

export const name = 'appeal-enterprise'

// GB 32100 check character of a 统一社会信用代码
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
function creditCode(first17) {
  const sum = [...first17].reduce((s, c, i) => s + CHARSET.indexOf(c) * WEIGHTS[i], 0)
  return first17 + CHARSET[(31 - (sum % 31)) % 31]
}

const DEADLINES = [
  [t['appeal.deadline.contact'], '1小时内'],
  [t['appeal.deadline.reply'], '24小时内'],
  [t['appeal.deadline.close'], '7天内']
]

export default async function (page) {
  const rightCode = creditCode('91440703MA51ABCD7')
  const last = CHARSET.indexOf(rightCode[17])
  const wrongCode = rightCode.slice(0, 17) + CHARSET[(last + 1) % 31]

  await open(page, `${FILE_ROUTE}?channel=enterprise`)
  await expectText(page, t['appeal.file.introEnterprise'])
  // 紧急 is a personal option
  assert.equal(await currentPage(page).locator('#appeal-urgent').count(), 0, 'no 紧急 switch for enterprises')

  await fillAppeal(page, {
    content: '园区道路两侧长期有流动摊贩占道经营，货车进出困难，影响企业正常生产经营。',
    address: '江海区高新区金瓯路'
  })
  await fill(page, t['appeal.enterprise.name'], '江门市示例精密制造有限公司')
  await fill(page, t['appeal.enterprise.creditCode'], wrongCode)
  await expectFieldError(page, t['appeal.enterprise.creditCode'], t['creditCode.checkChar'])
  await shot(page, 'wrong-credit-code')
  await fill(page, t['appeal.enterprise.creditCode'], rightCode)
  await expectFieldError(page, t['appeal.enterprise.creditCode'], '')

  await submitWithConsent(page)
  await detailReference(page)
  await expectText(page, `${t['appeal.type.complaint']} · ${t['appeal.channel.enterprise']}`)
  await expectText(page, '江门市示例精密制造有限公司')
  await expectText(page, rightCode)

  // the three 117 deadlines, in order, each with its due time and what is left
  const rows = currentPage(page).locator('.appeal-deadlines__row')
  await until(async () => (await rows.count()) === 3, {
    message: async () => `expected 3 deadlines, got ${await rows.count()}`
  })
  for (let i = 0; i < DEADLINES.length; i++) {
    const [kind, rule] = DEADLINES[i]
    const row = rows.nth(i)
    assert.equal((await row.locator('.appeal-deadlines__kind').innerText()).trim(), `${kind} · ${rule}`)
    assert.match(
      (await row.locator('.appeal-deadlines__due').innerText()).trim(),
      /^截止 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/
    )
    assert.match((await row.locator('.appeal-deadlines__state').innerText()).trim(), /^剩余 \d/)
  }
  // contact within the hour: "剩余 59分…秒", ticking
  const state = rows.nth(0).locator('.appeal-deadlines__state')
  const before = (await state.innerText()).trim()
  assert.match(before, /^剩余 (59|60)分\d+秒$|^剩余 1小时0分$/)
  await until(async () => (await state.innerText()).trim() !== before, {
    message: `the countdown stays at ${before}`
  })
  await expectNoText(page, t['appeal.deadline.overdue'].replace(' {time}', ''))
  await shot(page, 'deadlines')
}
