// 语言 on 我的 switches the shell to 繁體 (strings from the generated src/locales/shell.zh-Hant.json),
// including the tab bar and <html lang>; the choice survives a reload; switching back restores 简体.
import {
  assert,
  expectNoText,
  expectTabTexts,
  expectText,
  messages,
  open,
  reload,
  shot,
  tapTab,
  tapText,
  textOf
} from '../lib.mjs'

export const name = 'traditional'

const hans = messages['zh-Hans']
const hant = messages['zh-Hant']

// strings that read differently in the two scripts
const KEYS = ['mine.history', 'mine.privacy', 'mine.about']
const TABS = ['tab.home', 'tab.services', 'tab.mine']

async function expectLocale(page, m) {
  for (const key of KEYS) await expectText(page, m[key], { exact: true })
  await expectTabTexts(
    page,
    TABS.map((k) => m[k])
  )
}

export default async function traditional(page) {
  for (const key of [...KEYS, 'tab.home', 'tab.services', 'zone.jiangmen.name']) {
    assert.ok(hant[key], `shell.zh-Hant.json has ${key} (run npm run build:data)`)
    assert.notEqual(hant[key], hans[key], `${key} should differ between 简体 and 繁體`)
  }

  await open(page, '/pages/mine/index')
  await expectLocale(page, hans)
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans')

  await tapText(page, hans['mine.language'], { exact: true })
  await expectLocale(page, hant)
  await expectNoText(page, hans['mine.history'], { exact: true })
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hant')
  assert.equal(
    await textOf(page, '.wst-cell:has-text("' + hant['mine.language'] + '") .wst-cell__extra'),
    hant['lang.zh-Hant']
  )
  await shot(page, 'mine-hant')

  // after a reload the shell starts in 繁體, tab bar included. Setting the tab bar texts races with the tab
  // bar's own start-up on H5, so look at a few reloads rather than one.
  for (let i = 0; i < 3; i++) {
    await reload(page)
    await expectLocale(page, hant).catch((err) => {
      throw new Error(`after reload ${i + 1}: ${err.message}`)
    })
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hant', '<html lang> after reload')
  }

  await tapTab(page, hant['tab.home'])
  await expectText(page, hant['zone.jiangmen.name'])
  await expectText(page, hant['home.elderEntry'])
  await shot(page, 'home-hant')

  await tapTab(page, hant['tab.mine'])
  await tapText(page, hant['mine.language'], { exact: true })
  await expectLocale(page, hans)
  await reload(page)
  await expectLocale(page, hans)
}
