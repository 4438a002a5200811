// Input clean-up shared by the validators.

/**
 * Maps full-width ASCII (Ｘ, １, （, ＋ …, typed with a Chinese IME in full-width mode) and
 * the ideographic space to their half-width forms, so '１１０１…Ｘ' or 'A123456（3）' validate.
 * Done by hand rather than String#normalize('NFKC'): that also folds other characters
 * (e.g. ㈠, ﬁ) we do not want to accept silently, and needs ICU data not every runtime has.
 */
export function toHalfWidth(input: string): string {
  let out = ''
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i)
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0)
    else if (c === 0x3000) out += ' '
    else out += input[i]
  }
  return out
}

/** Half-width, with all whitespace removed (IDs and numbers are often pasted with spaces). */
export function compact(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '')
}

/** Non-string input from untyped callers (forms, storage) is treated as empty, never thrown on. */
export function asText(input: unknown): string {
  return typeof input === 'string' ? input : ''
}
