/**
 * Cut a long input into sections of whole lines, so that `digest()` never
 * holds the tree of more than one section: a tree takes about 80 bytes per
 * character of text, which for 10 MB is more than most machines give one job.
 */
import {isLineEnding, isSpace} from '../characters.js'
import type {LineRange} from '../parser/retext-article-english.js'

/**
 * Cut `value` into consecutive ranges of at most `length` code units, each
 * ending after a line break where there is one in its second half, else after
 * white space, else anywhere but inside a surrogate pair. One pass; the start
 * of each range carries its line and column.
 */
export function cutSections(value: string, length: number): LineRange[] {
  const ranges: LineRange[] = []
  let start = 0
  let line = 1
  let lineStart = 0
  while (start < value.length) {
    const end = sectionEnd(value, start, length)
    ranges.push({start: {line, column: start - lineStart + 1, offset: start}, end})
    // Count the lines of the section, as the parser does (`\r\n` is one).
    for (let index = start; index < end; index++) {
      const code = value.charCodeAt(index)
      if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
        line++
        lineStart = index + 1
      }
    }

    start = end
  }

  return ranges
}

/** Where the section that starts at `start` ends. */
function sectionEnd(value: string, start: number, length: number): number {
  const limit = start + length
  if (limit >= value.length) return value.length
  const half = start + Math.floor(length / 2)
  for (const test of [isLineEnding, isSpace]) {
    for (let at = limit; at > half; at--) {
      if (test(value.charCodeAt(at - 1))) return at
    }
  }

  const code = value.charCodeAt(limit - 1)
  return code >= 0xd8_00 && code <= 0xdb_ff ? limit + 1 : limit
}
