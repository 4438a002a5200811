// The two appeal blocks of "describe first": the suggestion under the description and the one handler sentence,
// rendered as a page renders them, in the app's own catalogue and both scripts.
import type { ComponentType } from 'react'
import { renderPage } from '../../../helpers/render-page'

/** a page made of one block; `build` runs after the app is loaded anew, so it requires the instances the page uses */
const show = (build: () => ComponentType, hant = false) =>
  renderPage(async () => ({ default: build() }), hant ? { settings: { locale: 'zh-Hant' } } : {})

/** the catalogue in the user's script, as the page gets it from the backend */
const catalogue = (hant: boolean) =>
  require('@/backend/embedded/appeals-data').appealsDatasets[hant ? 'zh-Hant' : 'zh-Hans']

function suggestionPage(text: string, onChange: () => void, hant = false) {
  return show(() => {
    const {
      ClassificationSuggestion,
      suggestFromDescription
    } = require('@/features/appeals/components/classification-suggestion')
    const { useTranslate } = require('@/components/use-translate')
    const { appealMessages } = require('@/features/appeals/i18n')
    const data = catalogue(hant)
    const suggestion = text ? suggestFromDescription(text, data) : undefined
    return function Harness() {
      const t = useTranslate(appealMessages)
      return (
        <ClassificationSuggestion
          t={t}
          tree={data.categories}
          tags={data.tags}
          suggestion={suggestion}
          onChange={onChange}
        />
      )
    }
  }, hant)
}

describe('ClassificationSuggestion', () => {
  test('shows the recognised category path and tags, and the words that decided it', async () => {
    const page = await suggestionPage('旁边工地半夜还在打桩施工，噪音吵得睡不着', jest.fn())
    expect(page.text()).toContain('识别为：住房城乡建设 › 建筑施工 › 施工噪音 · 噪音')
    expect(page.text()).toMatch(/依据：[^]*打桩/)
  })

  test('修改 is one tap, named for screen readers, and calls back', async () => {
    const onChange = jest.fn()
    const page = await suggestionPage('楼上邻居每天半夜跺地板', onChange)
    const button = page.container.querySelector('[role="button"]')
    expect(button?.getAttribute('aria-label')).toBe('修改识别的类别和标签')
    await page.tap('修改')
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  test('a description it cannot place says so and still offers the choice', async () => {
    const onChange = jest.fn()
    const page = await suggestionPage('你好', onChange)
    expect(page.text()).toContain('未能从描述中识别类别，请手动选择')
    expect(page.text()).not.toContain('识别为')
    await page.tap('修改')
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  test('nothing before there is a suggestion', async () => {
    const page = await suggestionPage('', jest.fn())
    expect(page.text()).toBe('')
  })

  test('in 繁體: a 繁體 description against the 繁體 catalogue, the path and the words in 繁體', async () => {
    const page = await suggestionPage('樓上鄰居每晚半夜跺地板，拖椅子', jest.fn(), true)
    expect(page.text()).toContain('識別為：公安 › 治安户政 › 鄰里噪音')
    expect(page.text()).toContain('拖椅子')
    expect(page.text()).toContain('修改')
  })
})

function handlerPage(input: object, dispatched: boolean, hant = false) {
  return show(() => {
    const { HandlerLine } = require('@/features/appeals/components/handler-line')
    const { resolveHandler } = require('@/core/appeals/handler')
    const { useTranslate } = require('@/components/use-translate')
    const { appealMessages } = require('@/features/appeals/i18n')
    const data = catalogue(hant)
    const handler = resolveHandler({ tree: data.categories, units: data.units, ...input })
    return function Harness() {
      const t = useTranslate(appealMessages)
      return <HandlerLine t={t} handler={handler} units={data.units} tree={data.categories} dispatched={dispatched} />
    }
  }, hant)
}

describe('HandlerLine', () => {
  const local = { routing: { unitId: 'jm-urban', city: 'jiangmen' }, categoryCode: '010101', district: 'pengjiang' }

  test('until dispatched: the proposed district unit, to be confirmed by 12345, and why', async () => {
    const page = await handlerPage(local, false)
    expect(page.text()).toBe(
      '拟派往蓬江区城市管理和综合执法局（由12345最终确认）' + '蓬江区的占道经营由蓬江区城市管理和综合执法局办理'
    )
  })

  test('once dispatched: 承办单位 and nothing proposed', async () => {
    const page = await handlerPage({ ...local, assignedUnitId: 'jm-pengjiang-urban' }, true)
    expect(page.text()).toContain('承办单位：蓬江区城市管理和综合执法局')
    expect(page.text()).not.toContain('拟派往')
  })

  test('a unit the centre chose instead is named without the proposal reason', async () => {
    const page = await handlerPage({ ...local, assignedUnitId: 'jm-market' }, true)
    expect(page.text()).toBe('承办单位：江门市市场监督管理局')
  })

  test('a city-level matter says the city unit handles it for the whole city', async () => {
    const page = await handlerPage(
      { routing: { unitId: 'jm-medical-insurance', city: 'jiangmen' }, categoryCode: '040401', district: 'xinhui' },
      false
    )
    expect(page.text()).toContain('医保报销由江门市医疗保障局统一办理')
  })

  test('no proposal: 12345 dispatches by hand', async () => {
    const page = await handlerPage({ routing: { unitId: null, city: 'jiangmen' } }, false)
    expect(page.text()).toBe('待12345热线人工分派承办单位')
  })

  test('another city: that city 12345, and where the matter is', async () => {
    const page = await handlerPage({ routing: { unitId: 'sz-12345', city: 'shenzhen' }, categoryCode: '010101' }, false)
    expect(page.text()).toContain('拟派往深圳市12345政务服务便民热线（由12345最终确认）')
    expect(page.text()).toContain('事发地在深圳，由深圳市12345政务服务便民热线办理')
  })

  test('in 繁體', async () => {
    const page = await handlerPage(local, false, true)
    expect(page.text()).toContain('擬派往蓬江區城市管理和綜合執法局')
    expect(page.text()).toContain('蓬江區的佔道經營由蓬江區城市管理和綜合執法局辦理')
  })
})
