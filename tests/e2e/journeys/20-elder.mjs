// 长辈模式 (MIIT 适老化): body text ≥ 18 px, the largest text ≥ 30 px, line height ≥ 1.3, main tap targets
// ≥ 60 px tall, contrast ≥ 4.5:1, no pop-ups; the setting reaches 我的 and survives a reload.
import {
  assert,
  boxOf,
  computedNumber,
  contrastOf,
  currentPage,
  expectText,
  isSwitchOn,
  messages,
  open,
  reload,
  setSwitch,
  shot,
  tabBar,
  tapTab,
  visibleDialogs
} from '../lib.mjs'

export const name = 'elder'

const t = messages['zh-Hans']

async function fontPx(page, selector) {
  return computedNumber(page, selector, 'font-size')
}

async function lineHeightRatio(page, selector) {
  const size = await fontPx(page, selector)
  const lh = await computedNumber(page, selector, 'line-height')
  assert.ok(Number.isFinite(lh), `${selector}: line-height is 'normal', expected an explicit value`)
  return lh / size
}

async function atLeast(label, value, min, unit = 'px') {
  assert.ok(value >= min - 0.01, `${label}: ${value.toFixed(2)}${unit}, expected ≥ ${min}${unit}`)
}

async function checkContrast(page, selector) {
  const c = await contrastOf(page, selector)
  assert.ok(
    c.ratio >= 4.5,
    `${selector}: contrast ${c.ratio.toFixed(2)}:1 (${c.color} on ${c.background}), expected ≥ 4.5:1`
  )
}

export default async function elder(page, ctx) {
  await open(page, '/pages/home/index')
  assert.equal(await isSwitchOn(page, '.home__elder'), false, 'elder mode starts off')
  const normalBody = await fontPx(page, '.wst-grid__label')

  await setSwitch(page, '.home__elder', true)
  await expectText(page, t['home.elderOn'])
  await shot(page, 'home-elder')

  // type sizes
  const body = await fontPx(page, '.wst-grid__label')
  await atLeast('grid label font-size', body, 18)
  assert.ok(body > normalBody, `grid labels should grow in elder mode (${normalBody}px → ${body}px)`)
  await atLeast('search bar font-size', await fontPx(page, '.home__search'), 18)
  await atLeast('intro font-size', await fontPx(page, '.home__intro'), 18)
  await atLeast('notice font-size', await fontPx(page, '.home__notice'), 18)
  await atLeast('zone name font-size', await fontPx(page, '.home__zone-name'), 30)
  for (const sel of ['.wst-grid__label', '.home__intro', '.home__notice']) {
    await atLeast(`${sel} line-height / font-size`, await lineHeightRatio(page, sel), 1.3, '')
  }

  // tap targets
  for (const sel of ['.home__search', '.home__zone', '.home__elder', '.wst-grid__item']) {
    const box = await boxOf(page, sel)
    await atLeast(`${sel} height`, box.height, 60)
  }
  const gridItems = await currentPage(page)
    .locator('.wst-grid__item')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))
  assert.ok(gridItems.length > 0, 'the home grid has items')
  await atLeast('smallest grid item height', Math.min(...gridItems), 60)

  // contrast
  for (const sel of [
    '.home__zone-name',
    '.home__intro',
    '.home__search',
    '.home__elder-label',
    '.wst-section__title',
    '.wst-grid__label',
    '.home__hotline',
    '.home__notice'
  ]) {
    await checkContrast(page, sel)
  }

  // no pop-ups in elder mode
  assert.deepEqual(await visibleDialogs(page), [], 'no dialog, modal or mask is visible')

  // 我的 shows the same setting, and it survives a reload
  await tapTab(page, t['tab.mine'])
  await expectText(page, t['mine.favourites'])
  assert.equal(
    await isSwitchOn(page, '.wst-cell:has-text("' + t['mine.elderMode'] + '")'),
    true,
    '我的 shows elder mode on'
  )
  await atLeast('我的 cell title font-size', await fontPx(page, '.wst-cell__title'), 18)
  await atLeast('我的 cell height', (await boxOf(page, '.wst-cell')).height, 60)
  await atLeast('我的 cell line-height / font-size', await lineHeightRatio(page, '.wst-cell__title'), 1.3, '')
  for (const sel of ['.wst-cell__title', '.wst-cell__subtitle', '.wst-cell__extra', '.mine__greeting']) {
    await checkContrast(page, sel)
  }
  await reload(page)
  await expectText(page, t['mine.favourites'])
  assert.equal(
    await isSwitchOn(page, '.wst-cell:has-text("' + t['mine.elderMode'] + '")'),
    true,
    'elder mode survives a reload'
  )
  await atLeast('我的 cell title font-size after reload', await fontPx(page, '.wst-cell__title'), 18)
  assert.deepEqual(await visibleDialogs(page), [], 'no dialog, modal or mask is visible on 我的')
  await shot(page, 'mine-elder')

  await open(page, '/pages/home/index')
  await expectText(page, t['home.elderOn'])
  await atLeast('zone name font-size after reload', await fontPx(page, '.home__zone-name'), 30)
  // the tab bar is drawn by the app, so elder mode reaches it too
  const tabLabel = await tabBar(page)
    .locator('.wst-tab-bar__label')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  await atLeast('tab bar label font-size', tabLabel, 18)
  const tabItem = await tabBar(page).locator('.wst-tab-bar__item').first().boundingBox()
  await atLeast('tab bar item height', tabItem.height, 60)
  ctx.log(
    `body ${body}px (normal ${normalBody}px), zone name ${await fontPx(page, '.home__zone-name')}px, tab bar labels ${tabLabel}px`
  )
}
