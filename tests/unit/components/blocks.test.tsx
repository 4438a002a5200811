// The shared blocks, used as a page uses them: what they show and what a tap on them does.
import type { ComponentType } from 'react'
import { renderPage } from '../../helpers/render-page'

/** a page made of blocks; `build` runs after the app is loaded anew, so it requires the instances the page uses */
const show = (build: () => ComponentType) => renderPage(async () => ({ default: build() }))
const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`
const roleOf = (page: { container: HTMLElement }, role: string) =>
  Array.from(page.container.querySelectorAll(`[role="${role}"]`))

describe('AsyncView', () => {
  const view = (query: object, props: object = {}) =>
    show(() => {
      const { AsyncView } = require('@/components/async-view')
      const shell = require('@/components/use-translate')
      return function Harness() {
        const tr = shell.useTranslate()
        return (
          <AsyncView query={query} t={tr} {...props}>
            {(data: string[]) => <>{data.map((d) => `[${d}]`).join('')}</>}
          </AsyncView>
        )
      }
    })

  test('says it is loading until the answer is there', async () => {
    const page = await view({ data: undefined, error: undefined, loading: true, reload: jest.fn() })
    expect(page.text()).toBe('加载中…')
  })

  test('a failure says why and offers to retry, which reloads', async () => {
    const reload = jest.fn(async () => undefined)
    const { BackendError } = require('@/backend/errors')
    const page = await view({ data: undefined, error: new BackendError('network'), loading: false, reload })
    expect(page.text()).toContain('网络连接不可用，请检查网络后重试。')
    await page.tap('重试')
    expect(reload).toHaveBeenCalledTimes(1)
  })

  test('while a retry runs it says it is loading again', async () => {
    const page = await view({ data: undefined, error: new Error('x'), loading: true, reload: jest.fn() })
    expect(page.text()).toBe('加载中…')
  })

  test('an empty answer shows the empty message and its action, a full one the content', async () => {
    const empty = await view(
      { data: [], error: undefined, loading: false, reload: jest.fn() },
      { empty: '暂无内容', emptyAction: '去添加' }
    )
    expect(empty.text()).toBe('暂无内容去添加')
    empty.unmount()
    const full = await view(
      { data: ['a', 'b'], error: undefined, loading: false, reload: jest.fn() },
      { empty: '暂无' }
    )
    expect(full.text()).toBe('[a][b]')
  })
})

describe('ChipGroup', () => {
  const options = [
    { value: 'a', label: '甲' },
    { value: 'b', label: '乙', note: '余 2' },
    { value: 'c', label: '丙', disabled: true }
  ]
  const group = (kind: string, initial: unknown) =>
    show(() => {
      const React = require('react')
      const { ChipGroup } = require('@/components/chip-group')
      return function Harness() {
        const [value, setValue] = React.useState(initial)
        return (
          <>
            <ChipGroup
              kind={kind}
              label='选项'
              options={options}
              value={value}
              onChange={setValue}
              onPick={(v: string) => setValue(`picked ${v}`)}
            />
            <span id='value'>{JSON.stringify(value)}</span>
          </>
        )
      }
    })
  const value = (page: { container: HTMLElement }) => JSON.parse(page.container.querySelector('#value')!.textContent!)

  test('single: one chip is checked; tapping another moves the check; a disabled one cannot be chosen', async () => {
    const page = await group('single', 'a')
    expect(roleOf(page, 'radiogroup')[0].getAttribute('aria-label')).toBe('选项')
    const radios = roleOf(page, 'radio')
    expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual(['true', 'false', 'false'])
    expect(radios[1].textContent).toBe('乙余 2')
    await page.tap(radios[1])
    expect(value(page)).toBe('b')
    expect(roleOf(page, 'radio').map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'true', 'false'])
    expect(radios[2].getAttribute('aria-disabled')).toBe('true')
    await page.tap(radios[2])
    expect(value(page)).toBe('b')
  })

  test('tabs: the chosen tab is selected', async () => {
    const page = await group('tabs', 'b')
    expect(roleOf(page, 'tablist')).toHaveLength(1)
    expect(roleOf(page, 'tab').map((r) => r.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false'])
    await page.tap('甲')
    expect(value(page)).toBe('a')
  })

  test('multiple: taps add and remove values', async () => {
    const page = await group('multiple', ['a'])
    await page.tap('乙')
    expect(value(page)).toEqual(['a', 'b'])
    await page.tap('甲')
    expect(value(page)).toEqual(['b'])
    expect(roleOf(page, 'checkbox').map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'true', 'false'])
  })

  test('actions: a tap picks, nothing stays chosen', async () => {
    const page = await group('actions', null)
    await page.tap('甲')
    expect(value(page)).toBe('picked a')
    expect(roleOf(page, 'button').every((b) => !b.hasAttribute('aria-checked'))).toBe(true)
  })
})

describe('Banner', () => {
  test('a notice is a polite status, an error an alert, each with its action', async () => {
    const page = await show(() => {
      const { Banner } = require('@/components/banner')
      return function Harness() {
        return (
          <>
            <Banner action={<span>清空</span>}>已恢复草稿</Banner>
            <Banner tone='error'>提交失败</Banner>
          </>
        )
      }
    })
    expect(roleOf(page, 'status').map((b) => b.textContent)).toEqual(['已恢复草稿清空'])
    expect(roleOf(page, 'alert').map((b) => b.textContent)).toEqual(['提交失败'])
  })
})

describe('InlineConfirm', () => {
  const confirm = (onConfirm: () => unknown, look = 'button') =>
    show(() => {
      const { InlineConfirm } = require('@/components/inline-confirm')
      return function Harness() {
        return (
          <InlineConfirm
            label='撤回'
            confirmLabel='确认撤回'
            cancelLabel='保留'
            question='撤回后不再办理'
            look={look}
            onConfirm={onConfirm}
          />
        )
      }
    })

  test.each(['button', 'link'])('%s: asks in place, with no pop-up; 保留 keeps things as they are', async (look) => {
    const done = jest.fn()
    const page = await confirm(done, look)
    expect(page.text()).toBe('撤回')
    await page.tap('撤回')
    expect(page.text()).toBe('撤回后不再办理确认撤回保留')
    await page.tap('保留')
    expect(page.text()).toBe('撤回')
    expect(done).not.toHaveBeenCalled()
    expect(page.modals).toEqual([])
  })

  test('confirming runs the action once, even on a double tap, then folds away', async () => {
    let finish: () => void = () => undefined
    const done = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const page = await confirm(done, 'link')
    await page.tap('撤回')
    const { act } = require('react')
    const yes = page.getByText('确认撤回')
    act(() => {
      yes.click()
      yes.click()
    })
    await page.settle()
    expect(done).toHaveBeenCalledTimes(1)
    act(() => finish())
    await page.settle()
    expect(page.text()).toBe('撤回')
    expect(roleOf(page, 'button').map((b) => b.textContent)).toEqual(['撤回'])
  })

  test('an action that did not happen (false) leaves the question open, to try again', async () => {
    const done = jest.fn(async () => false)
    const page = await confirm(done)
    await page.tap('撤回')
    await page.tap('确认撤回')
    await page.tap('确认撤回')
    expect(done).toHaveBeenCalledTimes(2)
    expect(page.text()).toBe('撤回后不再办理确认撤回保留')
  })
})

describe('usePaged and LoadMore', () => {
  const list = (count: number) =>
    show(() => {
      const React = require('react')
      const { usePaged } = require('@/components/use-paged')
      const { LoadMore } = require('@/components/load-more')
      const items = Array.from({ length: count }, (_, i) => i + 1)
      return function Harness() {
        const [filter, setFilter] = React.useState('all')
        const paged = usePaged(items, 3, filter)
        return (
          <>
            <span id='rows'>{paged.shown.join(',')}</span>
            <button onClick={() => setFilter('other')}>filter</button>
            <LoadMore paged={paged} t={t} />
          </>
        )
      }
    })
  const rows = (page: { container: HTMLElement }) => page.container.querySelector('#rows')!.textContent

  test('shows a page at a time: 加载更多 and the bottom of the page bring the next', async () => {
    const page = await list(8)
    expect(rows(page)).toBe('1,2,3')
    expect(page.text()).toContain('common.more{"count":5}')
    await page.tap('common.more{"count":5}')
    expect(rows(page)).toBe('1,2,3,4,5,6')
    await page.fire('reachBottom')
    expect(rows(page)).toBe('1,2,3,4,5,6,7,8')
    expect(page.text()).not.toContain('common.more')
    // at the end, the bottom brings nothing more
    await page.fire('reachBottom')
    expect(rows(page)).toBe('1,2,3,4,5,6,7,8')
  })

  test('another filter starts again at the first page', async () => {
    const page = await list(8)
    await page.fire('reachBottom')
    expect(rows(page)).toBe('1,2,3,4,5,6')
    await page.tap('filter')
    expect(rows(page)).toBe('1,2,3')
  })
})
