// The icons the app draws, by their lucide names (lucide-static, ISC licence). Data chooses an icon by one of
// these keys (zones' home grids, module entries, themes); scripts/lib/icons.ts turns each into a CSS class at
// build time (src/generated/icons.scss), so no icon library and no icon font ships.
/** drawn on the primary colour, in the grids of 首页 and 服务 */
export const GRID_ICONS = [
  'layout-grid',
  // home grids (src/zones)
  'shield-check',
  'piggy-bank',
  'hospital',
  'id-card',
  'key-round',
  'car',
  'stamp',
  'hand-heart',
  'heart-pulse',
  'arrow-left-right',
  'briefcase-business',
  'map-pin-house',
  'house-plus',
  'building-2',
  // module entries (src/features/*/module.ts)
  'landmark',
  'layers',
  'calendar-clock',
  'file-search',
  'message-square-text',
  'building',
  'list-checks',
  'castle',
  'route',
  'factory',
  // service themes (src/data/gov/themes.json)
  'baby',
  'users',
  'graduation-cap',
  'heart',
  'bus',
  'plane',
  'armchair',
  'user-check',
  'medal',
  'accessibility',
  'file-badge',
  'hard-hat',
  'receipt',
  'badge-check',
  'lightbulb',
  'globe',
  'log-out',
  'handshake'
] as const

/** drawn in the tab bar's colours (muted, and primary when selected) and on the search box */
export const BAR_ICONS = ['house', 'layout-grid', 'user-round', 'search'] as const

export const ICON_NAMES = [...new Set([...GRID_ICONS, ...BAR_ICONS])]

export type IconName = (typeof GRID_ICONS)[number] | (typeof BAR_ICONS)[number]

export function isIconName(name: unknown): name is IconName {
  return (ICON_NAMES as readonly unknown[]).includes(name)
}

/** the colours an icon is drawn in (theme colours, in app.scss): `light` on the primary colour in grids */
export const ICON_TONES = { light: '#ffffff', primary: '#0b5cad', muted: '#4a5563' } as const
export type IconTone = keyof typeof ICON_TONES

/** the tab bar's icons */
export const TAB_ICONS = { home: 'house', services: 'layout-grid', mine: 'user-round' } as const satisfies Record<
  string,
  (typeof BAR_ICONS)[number]
>

/** the tones an icon is built in */
export function iconTones(name: IconName): IconTone[] {
  const tones: IconTone[] = []
  if ((GRID_ICONS as readonly string[]).includes(name)) tones.push('light')
  if ((BAR_ICONS as readonly string[]).includes(name)) tones.push('primary', 'muted')
  return tones
}
