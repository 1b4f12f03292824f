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
 * `value` on one line: each run of line breaks, with the spaces and tabs
 * around it, one space, as a paragraph of hard-wrapped text reads (`three\ntimes` →
 * `three times`). One pass, no pattern. Offsets into the source stay those
 * of `value`.
 */
export function oneLine(value: string): string {
  if (!value.includes('\n') && !value.includes('\r')) return value
  let result = ''
  // Where the text not yet copied starts, and where it ends before its spaces and tabs.
  let from = 0
  let index = 0
  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (code !== 10 && code !== 13) {
      index++
      continue
    }

    let end = index
    while (end > from && isBlank(value.charCodeAt(end - 1))) end--
    result += value.slice(from, end) + ' '
    // The break, and any more breaks, spaces and tabs after it.
    while (index < value.length && (isBlank(value.charCodeAt(index)) || isLineEnding(value.charCodeAt(index)))) index++
    from = index
  }

  return result + value.slice(from)
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9
}
