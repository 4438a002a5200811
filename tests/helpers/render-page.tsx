/**
 * Page harness: render one page in jsdom as the H5 build draws it (the real @tarojs/components web
 * components), act on it as a user would, and read what it shows.
 *
 *   const page = await renderPage(() => import('@/features/gov-services/pages/booking'), {
 *     params: { service: 'svc-0004' },   // the page's query, read through useRouteParam
 *     settings: { privacyConsent: 1 },   // on top of the defaults (简体, standard mode)
 *     storage: { key: value }            // device storage before launch
 *   })
 *   await page.input('证件号码', '123')   // type into the field labelled 证件号码, then leave it
 *   expect(page.fieldError('证件号码')).toMatch(/…/)
 *   await page.pickerChoose('证件类型', '香港身份证')
 *   await page.tap('提交预约')
 *   expect(page.navigations).toEqual(['/features/...'])
 *
 * Each renderPage is a fresh launch of the app's own code (stores, backend, pages are required anew) on the
 * same device: storage survives the renders of one test and is emptied before each test, so "leave and come
 * back later" is unmount() and a second renderPage. React, Taro and the components load once per file.
 * Because the app is loaded anew, a jest.doMock('@/backend/gov', ...) made before renderPage reaches the page
 * (undo it with jest.dontMock), and to look inside (a store, say) require() the module after renderPage: that is
 * the instance the page uses. `@tarojs/components` is given the React wrappers, as the H5 build aliases it.
 *
 * Targets: '#id', '.class' and '[attr]' are CSS selectors; any other string is visible text: first what
 * @testing-library's getByText finds (an element's own text, whole), else the innermost element whose text, spread
 * over its children or within a longer text, contains it. input/pickerChoose/fieldError accept a field's label and
 * use the control of that field.
 *
 * Waiting: waitForText and @testing-library's waitFor / findBy* wait for a condition, never for a time of their own:
 * the only clock is the runner's test timeout (tests/setup-after-env.ts), so a slow or busy machine (a cold transform
 * cache, say) makes a test slower, never red. Rendering, events and cleanup are @testing-library/react's (render,
 * fireEvent, act); what the library lacks is kept here: Taro's stand-ins and lifecycles, a fresh app per launch on one
 * device, and the web components' fields and pickers.
 *
 * Taro stand-ins: navigateTo/redirectTo/switchTab/reLaunch record their url in `navigations`
 * (navigateBack records 'back'), showToast its title in `toasts`, showModal its content in `modals` (answered
 * "confirm" unless modalConfirm: false), every stand-in call is in `calls`. Storage APIs use the device.
 * useRouter gives `params` URL-encoded (neither real router decodes). useLoad/useDidShow/useReady run on mount;
 * fire('show' | 'reachBottom' | 'pullDownRefresh' | 'share' ...) runs the page's handlers again and returns
 * the last result (fire('share') gives what useShareAppMessage would share). A Taro API without a stand-in
 * throws "is not a function": add it to `taroStandIns` below. Errors the web components hit while drawing
 * go to `renderErrors` (and one console.warn line each); they do not fail a test by themselves.
 */
import * as React from 'react'
import { act, fireEvent, queryAllByText, render, waitFor } from '@testing-library/react'
import type { useSettings } from '@/stores/settings'

type AnyFn = (...args: any[]) => any
type TaroOptions = { success?: AnyFn; complete?: AnyFn; [key: string]: unknown }
type SettingsState = ReturnType<typeof useSettings.getState>
type SettingsData = { [K in keyof SettingsState as SettingsState[K] extends AnyFn ? never : K]: SettingsState[K] }

export interface RenderOptions {
  /** the page's query parameters, as the URL carries them (values are encoded for you) */
  params?: Record<string, string>
  /** the page's route, e.g. '/features/gov-services/pages/booking/index' (getCurrentPages, useRouter().path) */
  path?: string
  /** device storage entries to add before launch (the app's keys and the values it writes) */
  storage?: Record<string, unknown>
  /** app settings on top of the defaults */
  settings?: Partial<SettingsData>
  /** how showModal is answered; default true (confirm) */
  modalConfirm?: boolean
}

export type Target = string | Element

export interface RenderedPage {
  /** the page's root element */
  container: HTMLElement
  /** all text of the page (textContent: closed Picker popups are not in the DOM, CSS is not applied) */
  text(): string
  getByText(text: string | RegExp): HTMLElement
  queryByText(text: string | RegExp): HTMLElement | null
  /** every innermost element showing the text */
  getAllByText(text: string | RegExp): HTMLElement[]
  /** wait until the text is shown (bounded only by the test's timeout) */
  waitForText(text: string | RegExp): Promise<HTMLElement>
  /** tap an element (its text, a selector, or the element) */
  tap(target: Target): Promise<void>
  /** type a value into an Input/Textarea (by its field label, a selector or the element), then leave it (blur) */
  input(target: Target, value: string, options?: { leave?: boolean }): Promise<void>
  /** leave (blur) a field */
  blur(target: Target): Promise<void>
  /** choose an option of a Picker: its visible option text (selector mode) or the raw value (index, date...) */
  pickerChoose(target: Target, option: string | number): Promise<void>
  /** the current value of an Input/Textarea (by its field label, a selector or the element) */
  value(target: Target): string
  /** the message shown in the field with this label (role=alert inside the field), or undefined */
  fieldError(label: string): string | undefined
  /** the title the page gave the navigation bar */
  title(): string | undefined
  /** run the page's handlers of a Taro lifecycle again; returns the last handler's result */
  fire(lifecycle: Lifecycle, ...args: unknown[]): Promise<unknown>
  /** let pending promises, timers and web-component renders finish */
  settle(): Promise<void>
  navigations: string[]
  toasts: string[]
  modals: string[]
  calls: Array<{ api: string; options: unknown }>
  /** errors the web components hit while drawing (each also printed as one warning line) */
  renderErrors: string[]
  /** the device storage (shared by every render of the current test) */
  device: Map<string, unknown>
  unmount(): void
}

export type Lifecycle =
  | 'load'
  | 'show'
  | 'hide'
  | 'ready'
  | 'unload'
  | 'reachBottom'
  | 'pullDownRefresh'
  | 'pageScroll'
  | 'share'
  | 'shareTimeline'
  | 'tabItemTap'

interface Framework {
  Taro: Record<string, unknown>
  kept: Record<string, unknown>
}

interface Launch {
  params: Record<string, string>
  path: string
  modalConfirm: boolean
  title?: string
  handlers: Map<Lifecycle, Set<AnyFn>>
  navigations: string[]
  toasts: string[]
  modals: string[]
  calls: Array<{ api: string; options: unknown }>
  renderErrors: string[]
}

const device = new Map<string, unknown>()
let framework: Framework | undefined
let current: Launch | undefined

// what a test leaves mounted is unmounted by @testing-library/react's own cleanup after each test
beforeEach(() => device.clear())

// storage holds what survives serialisation, as on a device
const stored = (value: unknown) => (value === undefined ? '' : JSON.parse(JSON.stringify(value)))

function launch(): Launch {
  if (!current) throw new Error('Taro was called with no page rendered')
  return current
}

function record(api: string, options: unknown) {
  launch().calls.push({ api, options })
}

/** an async Taro API that succeeds; calls success/complete callbacks like the real ones */
function succeed(api: string, result: Record<string, unknown> = {}) {
  return (options?: TaroOptions) => {
    record(api, options)
    const res = { errMsg: `${api}:ok`, ...result }
    options?.success?.(res)
    options?.complete?.(res)
    return Promise.resolve(res)
  }
}

function navigation(api: string) {
  return (options: TaroOptions & { url?: string }) => {
    launch().navigations.push(api === 'navigateBack' ? 'back' : String(options.url))
    return succeed(api)(options)
  }
}

function lifecycleHooks() {
  function useLifecycle(name: Lifecycle, fn: AnyFn, onMount?: () => unknown[]) {
    const latest = React.useRef(fn)
    latest.current = fn
    React.useEffect(() => {
      const handlers = launch().handlers
      const entry: AnyFn = (...args) => latest.current(...args)
      if (!handlers.has(name)) handlers.set(name, new Set())
      handlers.get(name)?.add(entry)
      if (onMount) entry(...onMount())
      return () => {
        handlers.get(name)?.delete(entry)
        if (name === 'unload') entry()
      }
    }, []) // eslint-disable-line react-hooks/exhaustive-deps
  }
  const params = () => [{ ...launch().params }]
  return {
    useLoad: (fn: AnyFn) => useLifecycle('load', fn, params),
    useDidShow: (fn: AnyFn) => useLifecycle('show', fn, () => []),
    useReady: (fn: AnyFn) => useLifecycle('ready', fn, () => []),
    useDidHide: (fn: AnyFn) => useLifecycle('hide', fn),
    useUnload: (fn: AnyFn) => useLifecycle('unload', fn),
    useReachBottom: (fn: AnyFn) => useLifecycle('reachBottom', fn),
    usePullDownRefresh: (fn: AnyFn) => useLifecycle('pullDownRefresh', fn),
    usePageScroll: (fn: AnyFn) => useLifecycle('pageScroll', fn),
    useShareAppMessage: (fn: AnyFn) => useLifecycle('share', fn),
    useShareTimeline: (fn: AnyFn) => useLifecycle('shareTimeline', fn),
    useTabItemTap: (fn: AnyFn) => useLifecycle('tabItemTap', fn),
    // app-level hooks: a page test has no app around it
    useLaunch: () => undefined,
    useError: () => undefined,
    usePageNotFound: () => undefined,
    useUnhandledRejection: () => undefined,
    useRouter: () => {
      const { params: p, path } = launch()
      return { params: p, path }
    }
  }
}

/** the Taro APIs a page may call, as a device that answers "ok" would */
function taroStandIns(): Record<string, unknown> {
  const encoded = () => Object.fromEntries(Object.entries(launch().params).map(([k, v]) => [k, encodeURIComponent(v)]))
  return {
    ...lifecycleHooks(),
    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    switchTab: navigation('switchTab'),
    reLaunch: navigation('reLaunch'),
    navigateBack: navigation('navigateBack'),
    showToast: (options: TaroOptions & { title: string }) => {
      launch().toasts.push(options.title)
      return succeed('showToast')(options)
    },
    showModal: (options: TaroOptions & { title?: string; content?: string }) => {
      launch().modals.push(options.content ?? options.title ?? '')
      const confirm = launch().modalConfirm
      return succeed('showModal', { confirm, cancel: !confirm })(options)
    },
    setNavigationBarTitle: (options: TaroOptions & { title: string }) => {
      launch().title = options.title
      return succeed('setNavigationBarTitle')(options)
    },
    showLoading: succeed('showLoading'),
    hideLoading: succeed('hideLoading'),
    hideToast: succeed('hideToast'),
    makePhoneCall: succeed('makePhoneCall'),
    openLocation: succeed('openLocation'),
    setClipboardData: succeed('setClipboardData'),
    setTabBarItem: succeed('setTabBarItem'),
    stopPullDownRefresh: succeed('stopPullDownRefresh'),
    pageScrollTo: succeed('pageScrollTo'),
    vibrateShort: succeed('vibrateShort'),
    getStorageSync: (key: string) => (device.has(key) ? stored(device.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void device.set(key, stored(value)),
    removeStorageSync: (key: string) => void device.delete(key),
    clearStorageSync: () => device.clear(),
    getSystemInfoSync: () => ({
      windowWidth: 375,
      windowHeight: 667,
      pixelRatio: 2,
      fontSizeSetting: 16,
      language: 'zh_CN',
      platform: 'devtools'
    }),
    getAppBaseInfo: () => ({ fontSizeSetting: 16, language: 'zh_CN' }),
    getCurrentPages: () => [{ route: launch().path.replace(/^\//, ''), options: encoded() }],
    getCurrentInstance: () => ({ router: { params: encoded(), path: launch().path }, page: null, app: null })
  }
}

// React, Taro and the components are shared by every launch of a test file (and with the test file itself, and
// @testing-library/react: they are loaded before the first reset); the app's code is not
const KEPT = [
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  '@tarojs/taro',
  '@tarojs/runtime',
  '@tarojs/shared'
]

function loadFramework(): Framework {
  if (framework) return framework
  const g = globalThis as Record<string, unknown>
  // the H5 build defines this constant; false = define each web component on first use
  g.DEPRECATED_ADAPTER_COMPONENT = false
  const Taro = require('@tarojs/taro') // first: importing it through a component is a circular import
  const kept: Record<string, unknown> = Object.fromEntries(KEPT.map((name) => [name, require(name)]))
  // what the H5 build aliases @tarojs/components to: React wrappers of the web components
  kept['@tarojs/components'] = jest.requireActual('@tarojs/components/lib/react')
  // a web component that fails to draw is reported in one line instead of a dump of the element
  require('@stencil/core/internal/client').setErrorHandler((error: Error | undefined, el: Element | undefined) => {
    const line = `<${el?.tagName.toLowerCase() ?? '?'}> ${error?.name ?? 'Error'}: ${error?.message ?? String(error)}`
    current?.renderErrors.push(line)
    console.warn(`web component render error: ${line}`)
  })
  Object.assign(Taro, taroStandIns())
  framework = { Taro, kept }
  return framework
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
const CONTROLS =
  'taro-input-core, taro-textarea-core, taro-picker-core, taro-switch-core, taro-checkbox-group-core, taro-radio-group-core, taro-slider-core'

// text spread over child elements or within a longer text, which getByText does not find
function matches(el: Element, text: string | RegExp, exact: boolean): boolean {
  const content = el.textContent ?? ''
  if (typeof text !== 'string') return text.test(content)
  return exact ? content.trim() === text : content.includes(text)
}

function innermost(container: Element, text: string | RegExp): HTMLElement[] {
  const pick = (exact: boolean) =>
    Array.from(container.querySelectorAll<HTMLElement>('*')).filter(
      (el) => matches(el, text, exact) && !Array.from(el.children).some((child) => matches(child, text, exact))
    )
  const exact = typeof text === 'string' ? pick(true) : []
  return exact.length ? exact : pick(false)
}

function quoted(text: string | RegExp) {
  return typeof text === 'string' ? `"${text}"` : String(text)
}

/** open the page as a fresh launch of the app on the current test's device */
export async function renderPage(
  load: () => Promise<{ default: React.ComponentType }>,
  options: RenderOptions = {}
): Promise<RenderedPage> {
  // a fresh copy of the app's modules, with the framework shared
  const { kept } = loadFramework()
  jest.resetModules()
  for (const [name, module] of Object.entries(kept)) jest.doMock(name, () => module)

  for (const [key, value] of Object.entries(options.storage ?? {})) device.set(key, stored(value))
  const state: Launch = {
    params: { ...options.params },
    path: options.path ?? '/pages/under-test/index',
    modalConfirm: options.modalConfirm ?? true,
    handlers: new Map(),
    navigations: [],
    toasts: [],
    modals: [],
    calls: [],
    renderErrors: []
  }
  current = state
  if (options.settings) require('@/stores/settings').useSettings.setState(options.settings)
  const Page = (await load()).default

  const view = render(React.createElement(Page))
  const container = view.container
  const settle = async () => {
    // pending promises resolve and React commits what they set (at the end of act) ...
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    // ... then the web components draw it, in an animation frame
    await act(() => nextFrame())
  }
  await settle()

  const queryAll = (text: string | RegExp): HTMLElement[] => {
    const whole = queryAllByText(container, text)
    return whole.length ? whole : innermost(container, text)
  }
  const resolve = (target: Target): Element => {
    if (typeof target !== 'string') return target
    const found = /^[#.[]/.test(target) ? container.querySelector(target) : queryAll(target)[0]
    if (!found)
      throw new Error(`Nothing on the page matches ${quoted(target)}. The page shows:\n${container.textContent}`)
    return found
  }
  // the control of a field: the target itself, inside it, or in the nearest ancestor holding one
  const control = (target: Target, kinds: string): Element => {
    const start = resolve(target)
    for (let el: Element | null = start; el && el !== container.parentElement; el = el.parentElement) {
      const found = el.matches(kinds) ? el : el.querySelector(kinds)
      if (found) return found
    }
    throw new Error(`No ${kinds} near ${quoted(String(target))}`)
  }
  // events go in synchronously (fireEvent commits inside act); the caller settles once afterwards
  const dispatch = (el: Element, event: Event) => void fireEvent(el, event)
  const leave = (host: Element) => {
    const inner = host.querySelector('input, textarea')
    if (inner) dispatch(inner, new FocusEvent('blur'))
    else dispatch(host, new CustomEvent('blur', { detail: { value: (host as HTMLInputElement).value } }))
  }

  const page: RenderedPage = {
    container,
    text: () => container.textContent ?? '',
    getAllByText: queryAll,
    queryByText: (text) => queryAll(text)[0] ?? null,
    getByText(text) {
      const found = queryAll(text)[0]
      if (!found) throw new Error(`The page does not show ${quoted(text)}. It shows:\n${container.textContent}`)
      return found
    },
    waitForText(text) {
      // on timeout, the last error as it is: it already says what the page shows (no dump of the web components)
      return waitFor(() => page.getByText(text), { onTimeout: (error) => error })
    },
    async tap(target) {
      dispatch(resolve(target), new MouseEvent('click', { bubbles: true, cancelable: true }))
      await settle()
    },
    async input(target, value, options = {}) {
      const host = control(target, 'taro-input-core, taro-textarea-core')
      const inner = host.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
      if (!inner) {
        // not drawn yet: the event the component would emit
        dispatch(host, new CustomEvent('input', { detail: { value, cursor: value.length } }))
      } else {
        dispatch(inner, new FocusEvent('focus'))
        inner.value = value
        dispatch(inner, new Event('input', { bubbles: true }))
      }
      if (options.leave ?? true) leave(host)
      await settle()
    },
    async blur(target) {
      leave(control(target, 'taro-input-core, taro-textarea-core'))
      await settle()
    },
    async pickerChoose(target, option) {
      const picker = control(target, 'taro-picker-core') as Element & {
        mode?: string
        range?: unknown[]
        rangeKey?: string
      }
      let value: unknown = option
      if ((picker.mode ?? 'selector') === 'selector' && typeof option === 'string') {
        const labels = (picker.range ?? []).map((r) =>
          String(picker.rangeKey && r && typeof r === 'object' ? (r as Record<string, unknown>)[picker.rangeKey] : r)
        )
        value = labels.indexOf(option)
        if (value === -1)
          throw new Error(`The picker has no option ${quoted(option)}; it offers: ${labels.join(' | ')}`)
      }
      // the popup's wheel cannot be scrolled in jsdom: deliver the event the picker emits on "confirm"
      dispatch(picker, new CustomEvent('change', { detail: { value } }))
      await settle()
    },
    value(target) {
      const host = control(target, 'taro-input-core, taro-textarea-core')
      const inner = host.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
      return String((inner ?? (host as HTMLInputElement)).value ?? '')
    },
    fieldError(label) {
      for (let el: Element | null = resolve(label); el && el !== container; el = el.parentElement) {
        const alert = el.querySelector('[role="alert"]')
        if (alert) return alert.textContent ?? ''
        if (el.querySelector(CONTROLS)) return undefined
      }
      return undefined
    },
    title: () => state.title,
    async fire(lifecycle, ...args) {
      let result: unknown
      await act(async () => {
        for (const handler of state.handlers.get(lifecycle) ?? []) result = (await handler(...args)) ?? result
      })
      await settle()
      return result
    },
    settle,
    navigations: state.navigations,
    toasts: state.toasts,
    modals: state.modals,
    calls: state.calls,
    renderErrors: state.renderErrors,
    device,
    unmount() {
      view.unmount()
      container.remove()
    }
  }
  return page
}
