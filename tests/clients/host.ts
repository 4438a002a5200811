// A simulated mini-program host: boots the *built* bundle (dist/weapp or dist/alipay) in a fresh node vm
// context under stand-ins for wx / my, App, Page, Component, getApp and getCurrentPages, and records
// every setData the page makes. Nothing from src/ is imported: what runs is exactly what ships.
import { readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

export type Platform = 'weapp' | 'alipay'

export interface HostOptions {
  platform: Platform
  /** dist/<platform>; defaults to <repo>/dist/<platform> */
  distDir?: string
  /** the system language the client reports: WeChat 'zh_CN' / 'zh_HK'; Alipay 'zh-Hans' / 'zh-Hant' */
  language?: string
  /** the system font scale (WeChat fontSizeScaleFactor; Alipay fontSizeSetting = 16 × scale) */
  fontScale?: number
  /** device storage; pass the map of an earlier boot to simulate a relaunch on the same device */
  storage?: Map<string, unknown>
}

export interface SetDataCall {
  bytes: number
  keys: string[]
  at: number
}

export interface ApiCall {
  api: string
  args: unknown[]
}

/** a Taro node as it travels in setData: nn = node name (a number in production), cn = children, v = text */
export interface TaroNode {
  nn?: string | number
  sid?: string
  v?: string
  cn?: TaroNode[]
  [key: string]: unknown
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..')

type AnyFn = (...args: any[]) => any

// ---------------------------------------------------------------------------------------------------------
// setData path handling: Taro sends keys like 'root.cn.[0].cn.[2].v' (WeChat also accepts 'a.b[0].c')

function parsePath(key: string): (string | number)[] {
  const tokens: (string | number)[] = []
  for (const m of key.matchAll(/\[(\d+)\]|[^.[\]]+/g)) tokens.push(m[1] !== undefined ? Number(m[1]) : m[0])
  return tokens
}

function applyPath(target: Record<string, any>, key: string, value: unknown): void {
  const tokens = parsePath(key)
  let cur: any = target
  tokens.forEach((token, i) => {
    if (i === tokens.length - 1) {
      cur[token] = value
      return
    }
    if (cur[token] === null || typeof cur[token] !== 'object') cur[token] = typeof tokens[i + 1] === 'number' ? [] : {}
    cur = cur[token]
  })
}

/** the host's copy of a value: setData and storage serialise like this on the real clients */
function jsonClone<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value))
}

// ---------------------------------------------------------------------------------------------------------
// the host

export class MiniHost {
  /** the host created last: checks run one at a time, so stray async errors belong to it */
  static latest: MiniHost | undefined

  readonly platform: Platform
  readonly distDir: string
  readonly storage: Map<string, unknown>
  readonly apiCalls: ApiCall[] = []
  /** console output of the bundle, and errors thrown outside any call we made (timers, promises) */
  readonly logs: { level: string; text: string }[] = []
  readonly uncaught: string[] = []

  private readonly language: string
  private readonly fontScale: number
  private readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private appConfig: Record<string, any> | undefined
  private readonly pageConfigs: Record<string, any>[] = []
  private readonly componentConfigs: Record<string, any>[] = []
  private readonly pageStack: MiniPage[] = []
  /** the bundle's pending timers, with when one-shot ones fire (intervals: Infinity) */
  private readonly timers = new Map<ReturnType<typeof setTimeout>, number>()
  /** setData and API calls so far: settle() waits until it stops changing */
  private activity = 0

  constructor(options: HostOptions) {
    this.platform = options.platform
    this.distDir = options.distDir ?? path.join(REPO_ROOT, process.env.DIST_ROOT ?? 'dist', options.platform)
    this.storage = options.storage ?? new Map()
    this.language = options.language ?? (options.platform === 'weapp' ? 'zh_CN' : 'zh-Hans')
    this.fontScale = options.fontScale ?? 1
    this.context = vm.createContext(this.createGlobals())
    MiniHost.latest = this
  }

  get api(): Record<string, any> {
    return this.context[this.platform === 'weapp' ? 'wx' : 'my']
  }

  callsOf(api: string): ApiCall[] {
    return this.apiCalls.filter((c) => c.api === api)
  }

  // --- loading the built files, following their require() graph --------------------------------------------

  /** evaluate a file of the dist inside the host context, CommonJS style */
  require(file: string): unknown {
    const abs = path.resolve(this.distDir, file.endsWith('.js') ? file : `${file}.js`)
    const cached = this.modules.get(abs)
    if (cached) return cached.exports
    const module = { exports: {} as unknown }
    this.modules.set(abs, module)
    const code = readFileSync(abs, 'utf8')
    const wrapper = new vm.Script(`(function (require, module, exports) {${code}\n})`, { filename: abs })
    const fn = wrapper.runInContext(this.context) as AnyFn
    const localRequire = (spec: string) =>
      this.require(path.relative(this.distDir, path.resolve(path.dirname(abs), spec)))
    fn(localRequire, module, module.exports)
    return module.exports
  }

  /** the files evaluated so far, relative to the dist, in load order */
  loadedFiles(): string[] {
    return [...this.modules.keys()].map((f) => path.relative(this.distDir, f))
  }

  // --- app and pages -------------------------------------------------------------------------------------

  /** load app.js and run the app's launch lifecycle, as the client does before the first page */
  launch(pagePath: string, query: Record<string, string> = {}): void {
    this.require('app.js')
    const app = this.appConfig
    if (!app) throw new Error('app.js did not call App()')
    const options = { path: pagePath, query, scene: 1001, referrerInfo: {} }
    this.guard('App.onLaunch', () => app.onLaunch?.call(app, options))
    this.guard('App.onShow', () => app.onShow?.call(app, options))
  }

  /** load a page (and the components its json uses) and run onLoad → onShow → onReady */
  async openPage(pagePath: string, query: Record<string, string> = {}): Promise<MiniPage> {
    const pageJson = this.readJson(`${pagePath}.json`)
    for (const using of Object.values((pageJson.usingComponents ?? {}) as Record<string, string>)) {
      const componentJs = path.relative(this.distDir, path.resolve(this.distDir, path.dirname(pagePath), using))
      if (existsSync(path.join(this.distDir, `${componentJs}.js`))) this.require(componentJs)
    }
    const before = this.pageConfigs.length
    this.require(pagePath)
    const config = this.pageConfigs[before]
    // a chunk the page waits for (webpack's e.O) was never loaded, or the page module threw
    if (!config) throw new Error(`${pagePath}.js did not call Page() (files loaded: ${this.loadedFiles().join(', ')})`)
    const page = new MiniPage(this, pagePath, query, config)
    this.pageStack.push(page)
    this.guard(`${pagePath} onLoad`, () => page.instance.onLoad?.call(page.instance, { ...query }))
    this.guard(`${pagePath} onShow`, () => page.instance.onShow?.call(page.instance))
    await this.settle()
    this.guard(`${pagePath} onReady`, () => page.instance.onReady?.call(page.instance))
    await this.settle()
    return page
  }

  /**
   * load a component the platform mounts by itself (the custom tab bar: custom-tab-bar/index on WeChat,
   * customize-tab-bar/index on Alipay) and run its attach lifecycle (WeChat attached, Alipay didMount); its data
   * renders through the same template as a page's
   */
  async mountComponent(componentPath: string): Promise<MiniPage> {
    const before = this.componentConfigs.length
    this.require(componentPath)
    const config = this.componentConfigs[before]
    if (!config) throw new Error(`${componentPath}.js did not call Component()`)
    const component = new MiniPage(this, componentPath, {}, config)
    const attach = this.platform === 'weapp' ? 'attached' : 'didMount'
    this.guard(`${componentPath} ${attach}`, () =>
      (config[attach] ?? config.lifetimes?.[attach])?.call(component.instance)
    )
    await this.settle()
    return component
  }

  /**
   * wait until the bundle has been quiet (no setData, no API call) for quietTurns turns of the event loop and has no
   * one-shot timer due within the next second (a debounce or a simulated latency); intervals are not waited for.
   * Quiet is counted in turns, not milliseconds, so a busy machine makes it slower, never shorter; maxMs only ends
   * the wait for a bundle that never goes quiet.
   */
  async settle(quietTurns = 10, maxMs = 30_000): Promise<void> {
    const start = Date.now()
    let seen = this.activity
    let quiet = 0
    while (quiet < quietTurns && Date.now() - start < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      const timerDue = [...this.timers.values()].some((due) => due < Date.now() + 1000)
      quiet = this.activity === seen && !timerDue ? quiet + 1 : 0
      seen = this.activity
    }
  }

  /** stop the timers the bundle left running so the process can exit */
  dispose(): void {
    this.timers.forEach((_due, handle) => clearTimeout(handle))
    this.timers.clear()
  }

  pages(): MiniPage[] {
    return this.pageStack
  }

  /** run a call into the bundle; an exception is recorded (and rethrown) with where it happened */
  guard<T>(where: string, fn: () => T): T {
    try {
      return fn()
    } catch (e) {
      this.uncaught.push(`${where}: ${describeError(e)}`)
      throw e
    }
  }

  readJson(file: string): Record<string, any> {
    return JSON.parse(readFileSync(path.join(this.distDir, file), 'utf8'))
  }

  // --- the globals of the client ----------------------------------------------------------------------------

  private createGlobals(): Record<string, unknown> {
    const trackTimer = (fn: AnyFn, ms: number | undefined, args: unknown[], repeat: boolean) => {
      const wrapped = () => {
        if (!repeat) this.timers.delete(handle)
        try {
          fn(...args)
        } catch (e) {
          this.uncaught.push(`timer: ${describeError(e)}`)
        }
      }
      const handle = repeat ? setInterval(wrapped, ms) : setTimeout(wrapped, ms)
      this.timers.set(handle, repeat ? Infinity : Date.now() + (ms ?? 0))
      return handle
    }
    const log =
      (level: string) =>
      (...args: unknown[]) => {
        this.logs.push({ level, text: args.map((a) => (typeof a === 'string' ? a : describeError(a))).join(' ') })
      }
    const globals: Record<string, unknown> = {
      console: {
        log: log('log'),
        info: log('info'),
        debug: log('debug'),
        warn: log('warn'),
        error: log('error'),
        time() {},
        timeEnd() {}
      },
      setTimeout: (fn: AnyFn, ms?: number, ...args: unknown[]) => trackTimer(fn, ms, args, false),
      setInterval: (fn: AnyFn, ms?: number, ...args: unknown[]) => trackTimer(fn, ms, args, true),
      clearTimeout: (h: ReturnType<typeof setTimeout>) => {
        this.timers.delete(h)
        clearTimeout(h)
      },
      clearInterval: (h: ReturnType<typeof setInterval>) => {
        this.timers.delete(h)
        clearInterval(h)
      },
      queueMicrotask,
      App: (config: Record<string, any>) => {
        this.appConfig = config
      },
      Page: (config: Record<string, any>) => {
        this.pageConfigs.push(config)
      },
      Component: (config: Record<string, any>) => {
        this.componentConfigs.push(config)
      },
      Behavior: (config: unknown) => config,
      getApp: () => this.appConfig,
      getCurrentPages: () => this.pageStack.map((p) => p.instance),
      requirePlugin: () => ({})
    }
    if (this.platform === 'weapp') {
      globals.wx = this.createWx()
    } else {
      globals.my = this.createMy()
      // the Alipay runtime reads navigator.userAgent at load; node 20 has no navigator (and vm contexts never do)
      globals.navigator = { userAgent: 'Mozilla/5.0 (iPhone) AlipayClient/10.5.0 offline-host' }
    }
    return globals
  }

  /** an API stand-in that records its calls; async ones answer on a later tick, as the clients do */
  private recorder(api: string, impl: AnyFn): AnyFn {
    return (...args: unknown[]) => {
      this.apiCalls.push({ api, args: safeClone(args) })
      this.activity++
      return impl(...args)
    }
  }

  private async_(
    api: string,
    result: (opts: any) => Record<string, unknown>,
    fails?: (opts: any) => Record<string, unknown> | undefined
  ): AnyFn {
    return this.recorder(api, (opts: any = {}) => {
      setTimeout(() => {
        const failure = fails?.(opts)
        if (failure) {
          opts.fail?.(failure)
          opts.complete?.(failure)
        } else {
          const res = { errMsg: `${api}:ok`, ...result(opts) }
          opts.success?.(res)
          opts.complete?.(res)
        }
      }, 0)
      return { abort() {}, onProgressUpdate() {}, onHeadersReceived() {} }
    })
  }

  private commonApis(): Record<string, AnyFn> {
    const ok = () => ({})
    const names = [
      'navigateTo',
      'redirectTo',
      'switchTab',
      'reLaunch',
      'navigateBack',
      'setNavigationBarTitle',
      'setNavigationBarColor',
      'setTabBarItem',
      'setTabBarStyle',
      'setTabBarBadge',
      'removeTabBarBadge',
      'showTabBar',
      'hideTabBar',
      'showToast',
      'hideToast',
      'showLoading',
      'hideLoading',
      'makePhoneCall',
      'setClipboardData',
      'vibrateShort',
      'pageScrollTo',
      'stopPullDownRefresh',
      'startPullDownRefresh',
      'showShareMenu',
      'hideShareMenu',
      'openLocation',
      'previewImage',
      'setBackgroundColor',
      'setBackgroundTextStyle'
    ]
    const apis: Record<string, AnyFn> = Object.fromEntries(names.map((n) => [n, this.async_(n, ok)]))
    const selectorQuery = () => {
      const q: Record<string, AnyFn> = {}
      const chain = () => q
      Object.assign(q, {
        in: chain,
        select: chain,
        selectAll: chain,
        selectViewport: chain,
        boundingClientRect: chain,
        scrollOffset: chain,
        fields: chain,
        node: chain,
        context: chain,
        exec: (cb?: AnyFn) => setTimeout(() => cb?.([]), 0)
      })
      return q
    }
    const observer = () => ({
      relativeTo() {
        return this
      },
      relativeToViewport() {
        return this
      },
      observe() {},
      disconnect() {}
    })
    Object.assign(apis, {
      canIUse: this.recorder('canIUse', () => true),
      nextTick: (cb: AnyFn) => setTimeout(cb, 0),
      createSelectorQuery: this.recorder('createSelectorQuery', selectorQuery),
      createIntersectionObserver: this.recorder('createIntersectionObserver', observer),
      getNetworkType: this.async_('getNetworkType', () => ({ networkType: 'none' })),
      onNetworkStatusChange: this.recorder('onNetworkStatusChange', () => undefined),
      offNetworkStatusChange: this.recorder('offNetworkStatusChange', () => undefined),
      onAppShow: this.recorder('onAppShow', () => undefined),
      onAppHide: this.recorder('onAppHide', () => undefined),
      onMemoryWarning: this.recorder('onMemoryWarning', () => undefined),
      getUpdateManager: this.recorder('getUpdateManager', () => ({
        onCheckForUpdate() {},
        onUpdateReady() {},
        onUpdateFailed() {},
        applyUpdate() {}
      })),
      reportAnalytics: this.recorder('reportAnalytics', () => undefined)
    })
    return apis
  }

  private systemInfo(): Record<string, unknown> {
    return {
      brand: 'offline',
      model: 'iPhone 13',
      pixelRatio: 3,
      screenWidth: 390,
      screenHeight: 844,
      windowWidth: 390,
      windowHeight: 763,
      statusBarHeight: 47,
      safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
      language: this.language,
      system: 'iOS 17.0',
      theme: 'light'
    }
  }

  private createWx(): Record<string, unknown> {
    const storage = this.storage
    const launchOptions = () => ({ path: this.pageStack[0]?.path ?? '', query: {}, scene: 1001, referrerInfo: {} })
    return {
      ...this.commonApis(),
      getStorageSync: this.recorder('getStorageSync', (key: string) =>
        storage.has(key) ? jsonClone(storage.get(key)) : ''
      ),
      setStorageSync: this.recorder(
        'setStorageSync',
        (key: string, data: unknown) => void storage.set(key, jsonClone(data))
      ),
      removeStorageSync: this.recorder('removeStorageSync', (key: string) => void storage.delete(key)),
      clearStorageSync: this.recorder('clearStorageSync', () => storage.clear()),
      getStorageInfoSync: this.recorder('getStorageInfoSync', () => storageInfo(storage)),
      getStorage: this.async_(
        'getStorage',
        (o) => ({ data: jsonClone(storage.get(o.key)) }),
        (o) => (storage.has(o.key) ? undefined : { errMsg: 'getStorage:fail data not found' })
      ),
      setStorage: this.async_('setStorage', (o) => (storage.set(o.key, jsonClone(o.data)), {})),
      removeStorage: this.async_('removeStorage', (o) => (storage.delete(o.key), {})),
      getStorageInfo: this.async_('getStorageInfo', () => storageInfo(storage)),
      getAppBaseInfo: this.recorder('getAppBaseInfo', () => ({
        SDKVersion: '3.6.0',
        version: '8.0.50',
        language: this.language,
        fontSizeScaleFactor: this.fontScale,
        fontSizeSetting: Math.round(16 * this.fontScale),
        theme: 'light',
        enableDebug: false,
        host: { appId: '' }
      })),
      getSystemInfoSync: this.recorder('getSystemInfoSync', () => ({
        ...this.systemInfo(),
        version: '8.0.50',
        platform: 'ios',
        SDKVersion: '3.6.0',
        fontSizeSetting: Math.round(16 * this.fontScale),
        fontSizeScaleFactor: this.fontScale
      })),
      getSystemInfo: this.async_('getSystemInfo', () => ({ ...this.systemInfo(), platform: 'ios' })),
      getWindowInfo: this.recorder('getWindowInfo', () => this.systemInfo()),
      getDeviceInfo: this.recorder('getDeviceInfo', () => ({
        brand: 'offline',
        model: 'iPhone 13',
        system: 'iOS 17.0',
        platform: 'ios'
      })),
      getSystemSetting: this.recorder('getSystemSetting', () => ({
        bluetoothEnabled: false,
        locationEnabled: false,
        wifiEnabled: true
      })),
      getMenuButtonBoundingClientRect: this.recorder('getMenuButtonBoundingClientRect', () => ({
        width: 87,
        height: 32,
        top: 51,
        right: 380,
        bottom: 83,
        left: 293
      })),
      getAccountInfoSync: this.recorder('getAccountInfoSync', () => ({
        miniProgram: { appId: 'wx-offline', envVersion: 'develop', version: '' }
      })),
      getLaunchOptionsSync: this.recorder('getLaunchOptionsSync', launchOptions),
      getEnterOptionsSync: this.recorder('getEnterOptionsSync', launchOptions),
      getPrivacySetting: this.async_('getPrivacySetting', () => ({
        needAuthorization: false,
        privacyContractName: ''
      })),
      showModal: this.async_('showModal', () => ({ confirm: true, cancel: false })),
      showActionSheet: this.async_('showActionSheet', () => ({ tapIndex: 0 })),
      login: this.async_(
        'login',
        () => ({}),
        () => ({ errMsg: 'login:fail offline' })
      ),
      // the default backend is embedded: any request is unexpected, and fails as it would offline
      request: this.async_(
        'request',
        () => ({}),
        () => ({ errMsg: 'request:fail offline' })
      ),
      downloadFile: this.async_(
        'downloadFile',
        () => ({}),
        () => ({ errMsg: 'downloadFile:fail offline' })
      ),
      uploadFile: this.async_(
        'uploadFile',
        () => ({}),
        () => ({ errMsg: 'uploadFile:fail offline' })
      ),
      getRealtimeLogManager: this.recorder('getRealtimeLogManager', () => ({
        info() {},
        warn() {},
        error() {},
        setFilterMsg() {},
        addFilterMsg() {}
      })),
      getLogManager: this.recorder('getLogManager', () => ({ log() {}, info() {}, warn() {}, debug() {} }))
    }
  }

  private createMy(): Record<string, unknown> {
    const storage = this.storage
    return {
      ...this.commonApis(),
      // Alipay's storage takes { key, data } objects; Taro's alipay runtime adapts the Taro signatures
      getStorageSync: this.recorder('getStorageSync', ({ key }: { key: string }) => ({
        data: storage.has(key) ? jsonClone(storage.get(key)) : null
      })),
      setStorageSync: this.recorder(
        'setStorageSync',
        ({ key, data }: { key: string; data: unknown }) => void storage.set(key, jsonClone(data))
      ),
      removeStorageSync: this.recorder('removeStorageSync', ({ key }: { key: string }) => void storage.delete(key)),
      clearStorageSync: this.recorder('clearStorageSync', () => storage.clear()),
      getStorageInfoSync: this.recorder('getStorageInfoSync', () => storageInfo(storage)),
      getSystemInfoSync: this.recorder('getSystemInfoSync', () => ({
        ...this.systemInfo(),
        app: 'alipay',
        version: '10.5.0',
        platform: 'iOS',
        fontSizeSetting: Math.round(16 * this.fontScale)
      })),
      getSystemInfo: this.async_('getSystemInfo', () => ({ ...this.systemInfo(), app: 'alipay', platform: 'iOS' })),
      setNavigationBar: this.async_('setNavigationBar', () => ({})),
      confirm: this.async_('confirm', () => ({ confirm: true })),
      alert: this.async_('alert', () => ({})),
      getLaunchOptionsSync: this.recorder('getLaunchOptionsSync', () => ({ query: {}, scene: '1000' })),
      request: this.async_(
        'request',
        () => ({}),
        () => ({ error: 12, errorMessage: 'offline' })
      ),
      httpRequest: this.async_(
        'httpRequest',
        () => ({}),
        () => ({ error: 12, errorMessage: 'offline' })
      )
    }
  }

  /** called by MiniPage.setData so settle() sees activity */
  noteActivity(): void {
    this.activity++
  }
}

export class MiniPage {
  readonly instance: Record<string, any>
  readonly setDataCalls: SetDataCall[] = []

  constructor(
    readonly host: MiniHost,
    readonly path: string,
    readonly query: Record<string, string>,
    config: Record<string, any>
  ) {
    const data = jsonClone(config.data ?? {})
    this.instance = {
      ...config,
      data,
      route: path,
      __route__: path,
      options: { ...query },
      setData: (payload: Record<string, unknown>, cb?: () => void) => this.setData(payload, cb),
      selectComponent: () => null,
      selectAllComponents: () => [],
      createSelectorQuery: () => (host.api.createSelectorQuery as AnyFn)(),
      getOpenerEventChannel: () => ({ emit() {}, on() {}, once() {}, off() {} }),
      $viewId: '1'
    }
  }

  get data(): Record<string, any> {
    return this.instance.data
  }

  private setData(payload: Record<string, unknown>, cb?: () => void): void {
    const json = JSON.stringify(payload)
    this.setDataCalls.push({ bytes: Buffer.byteLength(json, 'utf8'), keys: Object.keys(payload), at: Date.now() })
    const copy = JSON.parse(json) as Record<string, unknown>
    for (const [key, value] of Object.entries(copy)) applyPath(this.instance.data, key, value)
    this.host.noteActivity()
    if (cb) setTimeout(() => this.host.guard(`${this.path} setData callback`, cb), 0)
  }

  /** the navigation bar title: the last one the page set, else the one of its json */
  navigationBarTitle(): string | undefined {
    const calls = [...this.host.callsOf('setNavigationBarTitle'), ...this.host.callsOf('setNavigationBar')]
    const last = calls[calls.length - 1]?.args[0] as { title?: string } | undefined
    if (last?.title !== undefined) return last.title
    const json = this.host.readJson(`${this.path}.json`)
    return json.navigationBarTitleText ?? json.defaultTitle
  }

  /** the Taro tree's top nodes */
  roots(): TaroNode[] {
    return (this.data.root?.cn ?? []) as TaroNode[]
  }

  /** every node of root.cn, recursively (elements and text nodes) */
  nodeCount(): number {
    const count = (nodes: TaroNode[] | undefined): number =>
      (nodes ?? []).reduce((n, node) => n + 1 + count(node.cn), 0)
    return count(this.roots())
  }

  /** the text of the data tree (every v), one string per text node, in document order */
  dataTexts(): string[] {
    const out: string[] = []
    const walk = (nodes: TaroNode[] | undefined) =>
      (nodes ?? []).forEach((node) => {
        if (typeof node.v === 'string' && node.v.trim()) out.push(node.v)
        walk(node.cn)
      })
    walk(this.roots())
    return out
  }

  /**
   * the chain of nodes (root first) leading to the first text node whose text contains `text`,
   * read from the data tree
   */
  dataPathToText(text: string): TaroNode[] | undefined {
    const search = (nodes: TaroNode[] | undefined, chain: TaroNode[]): TaroNode[] | undefined => {
      for (const node of nodes ?? []) {
        if (typeof node.v === 'string' && node.v.includes(text)) return chain
        const found = search(node.cn, [...chain, node])
        if (found) return found
      }
      return undefined
    }
    return search(this.roots(), [])
  }

  /** deliver a client event to the page's Taro event handler, as the client does for a bound element */
  dispatch(type: string, currentSid: string, targetSid: string, detail: Record<string, unknown> = {}): void {
    const eh = this.instance.eh as AnyFn | undefined
    if (typeof eh !== 'function') throw new Error(`${this.path} has no eh event handler`)
    const target = { id: targetSid, dataset: { sid: targetSid }, targetDataset: { sid: targetSid } }
    const currentTarget = { id: currentSid, dataset: { sid: currentSid } }
    const event = { type, timeStamp: Date.now(), detail, target, currentTarget, touches: [], changedTouches: [] }
    this.host.guard(`${this.path} ${type} on ${currentSid}`, () => eh.call(this.instance, event))
  }

  /**
   * tap the first text containing `text` using only the data tree: the event bubbles from the text's element
   * up to the root (Taro ignores elements with no listener). The weapp check uses the rendered WXML instead.
   */
  async tapTextInData(text: string): Promise<void> {
    const chain = this.dataPathToText(text)
    if (!chain || chain.length === 0) throw new Error(`no text "${text}" on ${this.path}`)
    const targetSid = String(chain[chain.length - 1].sid)
    for (const node of [...chain].reverse()) this.dispatch('tap', String(node.sid), targetSid, { x: 10, y: 10 })
    await this.host.settle()
  }
}

function storageInfo(storage: Map<string, unknown>) {
  const bytes = [...storage.entries()].reduce((n, [k, v]) => n + k.length + JSON.stringify(v ?? null).length, 0)
  return { keys: [...storage.keys()], currentSize: Math.ceil(bytes / 1024), limitSize: 10240 }
}

function safeClone(args: unknown[]): unknown[] {
  try {
    return JSON.parse(JSON.stringify(args, (_k, v) => (typeof v === 'function' ? '[function]' : v)))
  } catch {
    return ['[unserialisable]']
  }
}

/** a page failed to boot; carries the host so the report can show what was rendered and logged */
export class BootError extends Error {
  constructor(
    readonly pagePath: string,
    readonly reason: unknown,
    readonly host: MiniHost
  ) {
    super(`${pagePath} failed to boot: ${describeError(reason)}`)
  }
}

export function describeError(e: unknown): string {
  if (e && typeof e === 'object' && 'stack' in e && typeof (e as Error).stack === 'string') {
    // keep the message and the first frames: enough to find the culprit in the bundle
    return (e as Error).stack!.split('\n').slice(0, 4).join('\n')
  }
  if (typeof e === 'object') {
    try {
      return JSON.stringify(e)
    } catch {
      return String(e)
    }
  }
  return String(e)
}

// ---------------------------------------------------------------------------------------------------------
// app.json

export interface PackageInfo {
  /** '' for the main package */
  root: string
  pages: string[]
}

export function readPackages(distDir: string): PackageInfo[] {
  const appJson = JSON.parse(readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: { root: string; pages: string[] }[]
    subpackages?: { root: string; pages: string[] }[]
  }
  const subs = appJson.subPackages ?? appJson.subpackages ?? []
  return [
    { root: '', pages: appJson.pages },
    ...subs.map((s) => ({
      root: s.root.replace(/\/$/, ''),
      pages: s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)
    }))
  ]
}

export function allPages(distDir: string): string[] {
  return readPackages(distDir).flatMap((p) => p.pages)
}
