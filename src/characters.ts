/**
 * Character tests on UTF-16 code units, for scans that read character codes
 * instead of running a pattern.
 */

/** Whether a code unit is white space or a line end, as `\s` and `String#trim` have it. */
export function isSpace(code: number): boolean {
  return code <= 32
    ? code === 32 || (code >= 9 && code <= 13)
    : code >= 160 &&
        (code === 160 ||
          code === 5760 ||
          (code >= 8192 && code <= 8202) ||
          code === 8232 ||
          code === 8233 ||
          code === 8239 ||
          code === 8287 ||
          code === 12_288 ||
          code === 65_279)
}

/** Whether a code unit ends a line (`\n`, `\r`). */
export function isLineEnding(code: number): boolean {
  return code === 10 || code === 13
}

/**
 * Number of white-space separated words in `text` (what `/\S+/g` finds),
 * counted one character at a time rather than by building the list of them.
 */
export function wordCount(text: string): number {
  let words = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const space = isSpace(text.charCodeAt(index))
    if (!space && !inWord) words++
    inWord = !space
  }

  return words
}
