/**
 * Cut a long input into sections of whole lines, so that `digest()` never
 * holds the tree of more than one section: a tree takes about 80 bytes per
 * character of text, which for 10 MB is more than most machines give one job.
 */
import {isLineEnding, isSpace} from '../characters.js'
import type {LineRange} from '../parser/retext-article-english.js'

/**
 * What a line break or a sentence’s end (`.`, `!`, `?`) costs the tree, in
 * characters of prose: each makes paragraph, sentence and word nodes and
 * their positions, about as much as this many characters of ordinary text
 * (a tree of one-character lines takes 12 times the bytes per character of
 * prose; 32 keeps such a section’s peak near that of prose of the same
 * size). A section holds at most its length in code units, and at most its
 * length over this in such marks, so short lines and initials (`A. B. C.`)
 * make sections of bounded trees too. Prose has a mark every 50 or so
 * characters: its sections are cut by length, as before.
 */
export const markWeight = 32

/**
 * Words a section may hold, at most, as a share of its length: one word in
 * this many code units. A word makes word, text and white-space nodes, so a
 * text of one-letter words (`a a a`, what a page of one-character lines
 * reads as once its white space collapses) holds three times the nodes of
 * prose of its length. At `sectionLength` 1,000,000, a section holds at most
 * 125,000 words, fewer than prose of that length (a word every five or six
 * code units) holds: a section of one-letter words is never a larger tree
 * than one of prose, and sections of prose are cut near 700,000 code units.
 */
export const wordWeight = 8

/** Marks a section may always hold, however short its length: a tree of this many lines is small. */
const leastMarks = 1024

/** Whether `value` is more than one section of `length` (by its length, marks or words). */
export function needsSections(value: string, length: number): boolean {
  return value.length > length || markLimit(value, 0, length, value.length) < value.length
}

/**
 * Cut `value` into consecutive ranges of at most `length` code units (and
 * `length / markWeight` marks, `length / wordWeight` words), each ending after a line break where there
 * is one in its second half, else after white space, else anywhere but
 * inside a surrogate pair. One pass; the start of each range carries its
 * line and column.
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
  const limit = markLimit(value, start, length, Math.min(start + length, value.length))
  if (limit >= value.length) return value.length
  const half = start + Math.floor((limit - start) / 2)
  for (const test of [isLineEnding, isSpace]) {
    for (let at = limit; at > half; at--) {
      if (test(value.charCodeAt(at - 1))) return at
    }
  }

  const code = value.charCodeAt(limit - 1)
  return code >= 0xd8_00 && code <= 0xdb_ff ? limit + 1 : limit
}

/**
 * The offset after the mark, or before the word, that fills a section of
 * `length` from `start` (`length / markWeight` line breaks and sentence
 * ends, or `length / wordWeight` words), or `end` when those before it do not.
 */
function markLimit(value: string, start: number, length: number, end: number): number {
  const mostMarks = Math.max(leastMarks, Math.floor(length / markWeight))
  const mostWords = Math.max(leastMarks, Math.floor(length / wordWeight))
  let marks = 0
  let words = 0
  let afterSpace = true
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    // `\r\n` is one line break.
    const mark = code === 10 || code === 46 || code === 33 || code === 63 || (code === 13 && value.charCodeAt(index + 1) !== 10)
    if (mark && ++marks >= mostMarks) return index + 1
    const space = isSpace(code)
    if (!space && afterSpace && ++words > mostWords) return index
    afterSpace = space
  }

  return end
}
