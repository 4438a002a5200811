// WeChat's official template and style compilers (npm miniprogram-compiler: the Linux wcc / wcsc binaries
// DevTools uses). wcc turns every WXML of the dist into one $gwx function that renders a page's virtual DOM
// from its data, exactly as the WeChat view layer would.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const { wxmlToJs } = require('miniprogram-compiler')
// the wrapper's wxssToJs swallows failures (wcsc returns an Error instead of throwing): call wcsc directly
const wcsc = require('miniprogram-compiler/src/wcsc') as (
  root: string,
  files: string[]
) => Record<string, string> | Error

/** a node of wcc's virtual DOM: elements { tag, attr, children }, text as plain strings */
export type VNode = string | VElement
export interface VElement {
  tag: string
  attr?: Record<string, unknown>
  children?: VNode[]
}

type Gwx = (file: string) => ((data: unknown, env: unknown, global: unknown) => VElement) | undefined

function filesWithExt(root: string, ext: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name)
      return statSync(full).isDirectory() ? (name === 'node_modules' ? [] : walk(full)) : [full]
    })
  return walk(root)
    .filter((f) => f.endsWith(ext))
    .map((f) => path.relative(root, f).split(path.sep).join('/'))
}

/** compile every .wxss with wcsc; returns the compiled files or throws with wcsc's own message */
export function compileAllWxss(distDir: string): string[] {
  const files = filesWithExt(distDir, '.wxss').map((f) => f.slice(0, -'.wxss'.length))
  const result = wcsc(distDir, files)
  if (result instanceof Error) throw result
  return files
}

export class WxmlRenderer {
  readonly files: string[]
  private readonly gwx: Gwx
  /** what wcc's runtime printed while rendering (it reports missing templates on the console) */
  private readonly runtimeMessages: string[] = []

  /** compile all WXML of the dist with wcc; throws with wcc's message on any compile error */
  constructor(readonly distDir: string) {
    this.files = filesWithExt(distDir, '.wxml')
    const g = globalThis as Record<string, unknown>
    // the generated code expects the view layer's globals
    g.window = globalThis
    g.__wxAppCode__ = g.__wxAppCode__ ?? {}
    const code = wxmlToJs(distDir) as string
    this.gwx = new Function('global', code)({}) as Gwx
  }

  /** render a page (or component) wxml with the given data; throws on template errors */
  render(wxml: string, data: unknown): VElement {
    const generate = this.gwx(wxml)
    if (typeof generate !== 'function') throw new Error(`wcc knows no ${wxml}`)
    const messages: string[] = []
    const tree = captureConsole(messages, () => generate(data, {}, {}))
    this.runtimeMessages.push(...messages)
    if (messages.length) throw new Error(`rendering ${wxml}: ${messages.join(' | ')}`)
    return this.expandComponents(tree)
  }

  /**
   * Taro renders nodes nested deeper than its template depth through its recursive `comp` component;
   * wcc leaves custom components as bare tags, so render those in place with comp.wxml, as WeChat does.
   */
  private expandComponents(node: VElement): VElement {
    const children = (node.children ?? []).map((child): VNode => {
      if (typeof child === 'string') return child
      const name = child.tag.replace(/^wx-/, '')
      if (name === 'comp' && child.attr && 'i' in child.attr) {
        const inner = this.render('comp.wxml', { i: child.attr.i, l: child.attr.l })
        return { ...child, children: inner.children ?? [] }
      }
      return this.expandComponents(child)
    })
    return { ...node, children }
  }
}

function captureConsole<T>(sink: string[], fn: () => T): T {
  const saved = { log: console.log, warn: console.warn, error: console.error }
  const record = (...args: unknown[]) => void sink.push(args.map(String).join(' '))
  console.log = console.warn = console.error = record
  try {
    return fn()
  } finally {
    Object.assign(console, saved)
  }
}

/** the visible text of a rendered tree, one string per text run, in document order */
export function visibleTexts(node: VNode): string[] {
  if (typeof node === 'string') return node.trim() ? [node] : []
  return (node.children ?? []).flatMap(visibleTexts)
}

export function countElements(node: VNode): number {
  if (typeof node === 'string') return 0
  return 1 + (node.children ?? []).reduce((n, c) => n + countElements(c), 0)
}

/** the elements from the root down to the element holding the first text run that contains `text` */
export function pathToText(root: VElement, text: string): VElement[] | undefined {
  const search = (node: VElement, chain: VElement[]): VElement[] | undefined => {
    for (const child of node.children ?? []) {
      if (typeof child === 'string') {
        if (child.includes(text)) return [...chain, node]
      } else {
        const found = search(child, [...chain, node])
        if (found) return found
      }
    }
    return undefined
  }
  return search(root, [])
}

/** the Taro node id an element carries (data-sid, falling back to id) */
export function sidOf(el: VElement): string | undefined {
  const sid = el.attr?.['data-sid'] ?? el.attr?.id
  return typeof sid === 'string' && sid ? sid : undefined
}

/**
 * the elements a tap on `chain`'s last element reaches, deepest first, the way WeChat bubbles it:
 * every element with bind<event>, stopping after the first catch<event>
 */
export function bubbleTargets(chain: VElement[], event: string): VElement[] {
  const out: VElement[] = []
  for (const el of [...chain].reverse()) {
    const attr = el.attr ?? {}
    if (attr[`catch${event}`]) {
      out.push(el)
      break
    }
    if (attr[`bind${event}`]) out.push(el)
  }
  return out
}
