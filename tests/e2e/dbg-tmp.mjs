import { chromium, devices } from 'playwright-core'
import { serve } from '../../scripts/serve.mjs'
import { attach, open, fill, choose, storage, textOf, messages } from './lib.mjs'
const t = messages['zh-Hans']
const s = await serve({ root: 'dist/h5' })
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] })
const d = { ...devices['iPhone 13'] }; delete d.defaultBrowserType
const c = await b.newContext({ ...d, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
const p = await c.newPage()
p.on('pageerror', e => console.log('PAGEERROR', e.message))
attach(p, { journey: 'dbg', baseUrl: s.url })
await open(p, '/features/gov-services/pages/booking/index?service=svc-0001')
for (const h of ['中山市政务服务中心', '台山市政务服务中心', '江门市行政服务中心', '深圳市民中心行政服务大厅']) {
  const t0 = Date.now(); await choose(p, t['gov.booking.hall'], h)
  console.log('hall now', await textOf(p, '#booking-hall'), Date.now() - t0, 'ms')
}
await fill(p, t['gov.booking.name'], '陈大文')
await fill(p, t['gov.booking.idNumber'], '123')
await fill(p, t['gov.booking.phone'], '1380013')
await p.waitForTimeout(300)
console.log('errors', await p.locator('.wst-field__error').allInnerTexts())
const idTypes = Object.entries(t).filter(([k]) => /^gov\.booking\.idType\.\w+$/.test(k)).map(([, v]) => v)
console.log(idTypes)
await choose(p, t['gov.booking.idType'], idTypes[idTypes.length - 1])
console.log('idtype', (await p.locator('.wst-field').filter({ hasText: t['gov.booking.idType'] }).first().innerText()).replace(/\s+/g, ' '))
console.log('storage', JSON.stringify(await storage(p)).slice(0, 400))
await b.close(); await s.close()
