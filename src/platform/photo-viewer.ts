// H5 only: the photos full screen, one at a time, with 上一张 / 下一张 and 关闭 (also Escape and the arrow keys).
// Taro's H5 previewImage brings a whole carousel library (about 200 KB) for this; a fixed overlay with one <img>
// does it. The labels follow the page's language, which the app sets from the user's script.

const LABELS = {
  'zh-Hans': { close: '关闭', prev: '上一张', next: '下一张', of: (i: number, n: number) => `第 ${i} 张，共 ${n} 张` },
  'zh-Hant': { close: '關閉', prev: '上一張', next: '下一張', of: (i: number, n: number) => `第 ${i} 張，共 ${n} 張` }
}

function button(text: string, label: string, style: string): HTMLButtonElement {
  const b = document.createElement('button')
  b.type = 'button'
  b.textContent = text
  b.setAttribute('aria-label', label)
  b.style.cssText = `position:absolute;min-width:48px;min-height:48px;border:0;border-radius:24px;background:rgba(255,255,255,.2);color:#fff;font-size:24px;${style}`
  return b
}

/** shows the photos from `current`; resolves when the viewer is closed */
export function viewPhotos(urls: string[], current: string): Promise<void> {
  const labels = LABELS[document.documentElement.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans']
  const opener = document.activeElement as HTMLElement | null
  let index = Math.max(0, urls.indexOf(current))
  return new Promise((resolve) => {
    const overlay = document.createElement('div')
    overlay.setAttribute('role', 'dialog')
    overlay.setAttribute('aria-modal', 'true')
    overlay.style.cssText =
      'position:fixed;inset:0;z-index:10000;background:rgba(0,0,0,.92);display:flex;align-items:center;justify-content:center'
    const img = document.createElement('img')
    img.style.cssText = 'max-width:100%;max-height:100%;object-fit:contain'
    const count = document.createElement('div')
    count.style.cssText = 'position:absolute;top:16px;left:16px;color:#fff;font-size:16px'
    count.setAttribute('aria-live', 'polite')
    const close = button('×', labels.close, 'top:8px;right:8px')
    const prev = button('‹', labels.prev, 'left:8px;top:50%;transform:translateY(-50%)')
    const next = button('›', labels.next, 'right:8px;top:50%;transform:translateY(-50%)')
    const show = (i: number) => {
      index = (i + urls.length) % urls.length
      img.src = urls[index]
      img.alt = labels.of(index + 1, urls.length)
      count.textContent = img.alt
      overlay.setAttribute('aria-label', img.alt)
    }
    const done = () => {
      document.removeEventListener('keydown', onKey)
      overlay.remove()
      opener?.focus?.()
      resolve()
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') done()
      else if (e.key === 'ArrowLeft') show(index - 1)
      else if (e.key === 'ArrowRight') show(index + 1)
    }
    close.onclick = done
    prev.onclick = () => show(index - 1)
    next.onclick = () => show(index + 1)
    overlay.append(img, count, close, ...(urls.length > 1 ? [prev, next] : []))
    document.addEventListener('keydown', onKey)
    document.body.append(overlay)
    show(index)
    close.focus()
  })
}
