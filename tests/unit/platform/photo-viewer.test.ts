// The H5 photo viewer: the chosen photo first, its place among the others, 下一张 / 上一张 going round, and 关闭 or
// Escape closing it and giving the focus back.
import { viewPhotos } from '@/platform/photo-viewer'

const dialog = () => document.querySelector<HTMLElement>('[role=dialog]')
const tap = (label: string) => document.querySelector<HTMLButtonElement>(`[aria-label="${label}"]`)!.click()

afterEach(() => {
  document.body.innerHTML = ''
  document.documentElement.lang = ''
})

test('opens on the chosen photo, steps round, and 关闭 resolves and removes it', async () => {
  const opener = document.body.appendChild(document.createElement('button'))
  opener.focus()
  const closed = viewPhotos(['data:a', 'data:b', 'data:c'], 'data:b')
  expect(dialog()?.getAttribute('aria-label')).toBe('第 2 张，共 3 张')
  expect(document.querySelector('img')?.getAttribute('src')).toBe('data:b')
  tap('下一张')
  tap('下一张')
  expect(document.querySelector('img')?.getAttribute('src')).toBe('data:a')
  tap('上一张')
  expect(dialog()?.textContent).toContain('第 3 张，共 3 张')
  tap('关闭')
  await closed
  expect(dialog()).toBeNull()
  expect(document.activeElement).toBe(opener)
})

test('Escape closes it; one photo has no 上一张 / 下一张; 繁體 pages read 繁體 labels', async () => {
  document.documentElement.lang = 'zh-Hant'
  const closed = viewPhotos(['data:a'], 'data:a')
  expect(document.querySelector('[aria-label="關閉"]')).not.toBeNull()
  expect(document.querySelector('[aria-label="下一張"]')).toBeNull()
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
  await closed
  expect(dialog()).toBeNull()
})
