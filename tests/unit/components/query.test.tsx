// The query layer as a page uses it: cached per key and locale, invalidated by scope after a mutation,
// reloaded by the retry button, pull-down refresh and a page shown again.
import type { ComponentType } from 'react'
import { renderPage, type RenderedPage } from '../../helpers/render-page'

type Load = jest.Mock<Promise<string>, [string]>

/** a page of queries; `build` runs after the app is loaded anew, so it requires the instances the page uses */
const show = (build: () => ComponentType) => renderPage(async () => ({ default: build() }))
const text = (page: RenderedPage, id: string) => page.container.querySelector(`#${id}`)?.textContent
/** the layer the page uses (required after renderPage: that is its instance) */
const layer = () => require('@/components/query') as typeof import('@/components/query')
const settings = () => require('@/stores/settings').useSettings
const act = (fn: () => unknown) => require('react').act(fn)

/** a load that answers "<locale>#<call number>" */
const counting = (): Load => {
  let calls = 0
  return jest.fn(async (locale: string) => `${locale}#${++calls}`)
}

function queryPage(queries: Array<{ id: string; key: unknown[] | null; load: Load; reference?: boolean }>) {
  return show(() => {
    const { useQuery, usePullDownReload } = layer()
    const { AsyncView } = require('@/components/async-view')
    const { useTranslate } = require('@/components/use-translate')
    return function Harness() {
      const t = useTranslate()
      // the same queries on every render, in the same order
      // eslint-disable-next-line react-hooks/rules-of-hooks
      const results = queries.map((q) => useQuery(q.key as [string] | null, q.load, { reference: q.reference }))
      usePullDownReload(results)
      return (
        <>
          {queries.map((q, i) => (
            <div key={q.id} id={q.id}>
              <AsyncView query={results[i]} t={t}>
                {(data: string) => data}
              </AsyncView>
            </div>
          ))}
        </>
      )
    }
  })
}

test('one load per key and locale: a second user of the key shares the answer', async () => {
  const load = counting()
  const page = await queryPage([
    { id: 'a', key: ['thing', 1], load, reference: true },
    { id: 'b', key: ['thing', 1], load, reference: true }
  ])
  await page.waitForText('zh-Hans#1')
  expect(text(page, 'a')).toBe('zh-Hans#1')
  expect(text(page, 'b')).toBe('zh-Hans#1')
  expect(load).toHaveBeenCalledTimes(1)
})

test('another key loads on its own', async () => {
  const load = counting()
  const page = await queryPage([
    { id: 'a', key: ['thing', 1], load, reference: true },
    { id: 'b', key: ['thing', 2], load, reference: true }
  ])
  await page.waitForText(/#2/)
  expect(load).toHaveBeenCalledTimes(2)
  expect([text(page, 'a'), text(page, 'b')].sort()).toEqual(['zh-Hans#1', 'zh-Hans#2'])
})

test('the locale comes from the settings; switching it loads that script once, switching back is cached', async () => {
  const load = counting()
  const page = await queryPage([{ id: 'a', key: ['thing'], load, reference: true }])
  await page.waitForText('zh-Hans#1')

  act(() => settings().setState({ locale: 'zh-Hant' }))
  await page.waitForText('zh-Hant#2')
  expect(load).toHaveBeenLastCalledWith('zh-Hant')

  act(() => settings().setState({ locale: 'zh-Hans' }))
  await page.waitForText('zh-Hans#1')
  expect(load).toHaveBeenCalledTimes(2)
})

test('a key of null loads nothing', async () => {
  const load = counting()
  const page = await queryPage([{ id: 'a', key: null, load }])
  expect(text(page, 'a')).toBe('加载中…')
  expect(load).not.toHaveBeenCalled()
})

test('invalidating a scope loads its queries again and leaves other scopes alone', async () => {
  const bookings = counting()
  const catalogue = counting()
  const page = await queryPage([
    { id: 'a', key: ['bookings'], load: bookings },
    { id: 'b', key: ['catalogue'], load: catalogue, reference: true }
  ])
  await page.waitForText(/zh-Hans#1/)
  expect(text(page, 'b')).toBe('zh-Hans#1')

  let answer = ''
  await act(async () => {
    answer = await layer().invalidating(['bookings'], Promise.resolve('booked'))
    // the invalidation has reloaded what it invalidates by the time the mutation resolves
    expect(bookings).toHaveBeenCalledTimes(2)
  })
  expect(answer).toBe('booked')
  await page.settle()
  expect(text(page, 'a')).toBe('zh-Hans#2')
  expect(text(page, 'b')).toBe('zh-Hans#1')
  expect(catalogue).toHaveBeenCalledTimes(1)
})

test('a failure shows its retry, and the retry loads again', async () => {
  let fail = true
  const load: Load = jest.fn(async (locale: string) => {
    if (fail) throw new (require('@/backend/errors').BackendError)('network')
    return `ok ${locale}`
  })
  const page = await queryPage([{ id: 'a', key: ['flaky'], load }])
  await page.waitForText('网络连接不可用，请检查网络后重试。')
  expect(load).toHaveBeenCalledTimes(1)

  fail = false
  await page.tap('重试')
  await page.waitForText('ok zh-Hans')
  expect(load).toHaveBeenCalledTimes(2)
})

test('pull-down refresh reloads every query of the page, reference data included, then ends', async () => {
  const records = counting()
  const catalogue = counting()
  const page = await queryPage([
    { id: 'a', key: ['records'], load: records },
    { id: 'b', key: ['catalogue'], load: catalogue, reference: true }
  ])
  await page.waitForText(/#1/)
  await page.fire('pullDownRefresh')
  await page.settle()
  expect(text(page, 'a')).toBe('zh-Hans#2')
  expect(text(page, 'b')).toBe('zh-Hans#2')
  expect(page.calls.map((c) => c.api)).toContain('stopPullDownRefresh')
})

test('a page shown again (after it was hidden) reloads the user records, not the reference data', async () => {
  const records = counting()
  const catalogue = counting()
  const page = await queryPage([
    { id: 'a', key: ['records'], load: records },
    { id: 'b', key: ['catalogue'], load: catalogue, reference: true }
  ])
  await page.waitForText(/#1/)
  // shown without having been hidden (the first show): nothing to reload
  await page.fire('show')
  expect(records).toHaveBeenCalledTimes(1)

  await page.fire('hide')
  await page.fire('show')
  await page.settle()
  expect(text(page, 'a')).toBe('zh-Hans#2')
  expect(text(page, 'b')).toBe('zh-Hans#1')
  expect(catalogue).toHaveBeenCalledTimes(1)
})

test('a part of the page that opens again shows the cached answer at once; records then reload, reference data not', async () => {
  const records = counting()
  const catalogue = counting()
  const page = await show(() => {
    const React = require('react')
    const { useQuery } = layer()
    function Part({ id, load, reference }: { id: string; load: Load; reference?: boolean }) {
      return <div id={id}>{useQuery([id], load, { reference }).data ?? 'nothing yet'}</div>
    }
    return function Harness() {
      const [open, setOpen] = React.useState(true)
      return (
        <>
          <button onClick={() => setOpen(!open)}>toggle</button>
          {open ? (
            <>
              <Part id='records' load={records} />
              <Part id='catalogue' load={catalogue} reference />
            </>
          ) : null}
        </>
      )
    }
  })
  await page.waitForText('zh-Hans#1')
  await page.tap('toggle')
  expect(text(page, 'records')).toBeUndefined()
  const { act: reactAct } = require('react')
  reactAct(() => page.getByText('toggle').click())
  // drawn from the cache in the same render, before any load has answered
  expect(text(page, 'records')).toBe('zh-Hans#1')
  expect(text(page, 'catalogue')).toBe('zh-Hans#1')
  await page.waitForText('zh-Hans#2')
  expect(text(page, 'records')).toBe('zh-Hans#2')
  expect(catalogue).toHaveBeenCalledTimes(1)
})
