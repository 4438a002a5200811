/**
 * The accessible name of a Taro form control (Switch, Radio, Input, Textarea): `aria-label`, which WeChat and
 * Alipay read, and the same on H5's native input, which Taro's web component would otherwise leave unnamed
 * (it forwards `nativeProps` to it). Spread it on the control: `<Switch {...accessibleName(label)} />`.
 */
export function accessibleName(label: string): { 'aria-label': string; nativeProps: { 'aria-label': string } } {
  return { 'aria-label': label, nativeProps: { 'aria-label': label } }
}

/**
 * An optional id, spread on a component: `<View {...idAttr(id)}>`. Taro's H5 components write an id given as
 * undefined as the text "undefined", which leaves a page with many elements of the same id.
 */
export const idAttr = (id: string | undefined): { id?: string } => (id ? { id } : {})
