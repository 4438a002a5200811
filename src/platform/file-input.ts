// H5: the browser's own file chooser through a hidden input, for photos and documents alike. Resolves with the
// chosen files, or none when the user closes the chooser.

export function pickFiles(accept: string, count: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    // no capture attribute: phone browsers then offer camera and album themselves
    input.accept = accept
    input.multiple = count > 1
    input.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0'
    let settled = false
    const finish = (files: File[]): void => {
      if (settled) return
      settled = true
      input.remove()
      resolve(files)
    }
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])))
    // browsers without the cancel event (before Chrome 113 / Safari 16.4) never settle on cancel
    input.addEventListener('cancel', () => finish([]))
    // in the document, or some mobile browsers never fire change
    document.body.appendChild(input)
    input.click()
  })
}
