// A WeChat client for tests: boots one page of dist/weapp in MiniHost, renders its data with wcc exactly as
// the WeChat view layer would, and drives it by tapping visible text.
import path from 'node:path'
import { BootError, MiniHost, MiniPage, REPO_ROOT, type HostOptions } from './host'
import { bubbleTargets, pathToText, sidOf, visibleTexts, WxmlRenderer, type VElement } from './wcc'

export const WEAPP_DIST = path.join(REPO_ROOT, process.env.DIST_ROOT ?? 'dist', 'weapp')

let sharedRenderer: WxmlRenderer | undefined

/** wcc output for the whole dist, compiled once per process */
export function weappRenderer(): WxmlRenderer {
  sharedRenderer = sharedRenderer ?? new WxmlRenderer(WEAPP_DIST)
  return sharedRenderer
}

export interface BootOptions extends Omit<HostOptions, 'platform' | 'distDir'> {
  query?: Record<string, string>
}

export class WeappPage {
  constructor(
    readonly host: MiniHost,
    readonly page: MiniPage,
    readonly renderer: WxmlRenderer
  ) {}

  /** the page's virtual DOM for its current data */
  render(): VElement {
    return this.renderer.render(`${this.page.path}.wxml`, this.page.data)
  }

  /** what the user sees, one string per text run */
  texts(): string[] {
    return visibleTexts(this.render())
  }

  text(): string {
    return this.texts().join(' ')
  }

  /**
   * tap the first text run containing `text`: the tap goes to the element holding it and bubbles through every
   * element that binds tap (as WeChat does), each delivered to the page's eh handler with that element's sid
   */
  async tap(text: string): Promise<void> {
    const chain = pathToText(this.render(), text)
    if (!chain) throw new Error(`tap: no text "${text}" on ${this.page.path}`)
    const targets = bubbleTargets(chain, 'tap')
    if (targets.length === 0) throw new Error(`tap: "${text}" on ${this.page.path} is not inside anything tappable`)
    const targetSid = sidOf(chain[chain.length - 1]) ?? ''
    for (const el of targets) this.page.dispatch('tap', sidOf(el) ?? '', targetSid, { x: 10, y: 10 })
    await this.host.settle()
  }

  dispose(): void {
    this.host.dispose()
  }
}

/** launch the app on `pagePath` in a fresh client (fresh storage unless options.storage is given) */
export async function bootWeappPage(pagePath: string, options: BootOptions = {}): Promise<WeappPage> {
  const { query = {}, ...hostOptions } = options
  const host = new MiniHost({ ...hostOptions, platform: 'weapp', distDir: WEAPP_DIST })
  try {
    host.launch(pagePath, query)
    const page = await host.openPage(pagePath, query)
    return new WeappPage(host, page, weappRenderer())
  } catch (e) {
    host.dispose()
    throw new BootError(pagePath, e, host)
  }
}
