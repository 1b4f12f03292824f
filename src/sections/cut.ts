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
 * Nodes a section’s tree may hold, at most, per code unit of its length.
 * Prose makes 0.47 to 0.58 nodes a code unit (a word is a word and a text
 * node, white space between words one more, each punctuation mark one); a
 * line of one-letter words (`a a a`, what a page of one-character lines
 * reads as once its white space collapses) makes 1.5, nested quotes or
 * brackets 1. Counting them, a section of such text is never a larger tree
 * than one of prose of the section’s length, and prose is still cut by its
 * length.
 */
export const nodesPerUnit = 0.6

/** Marks a section may always hold, however short its length: a tree of this many lines is small. */
const leastMarks = 1024

/** Whether `value` is more than one section of `length` (by its length, marks or words). */
export function needsSections(value: string, length: number): boolean {
  return value.length > length || markLimit(value, 0, length, value.length) < value.length
}

/**
 * Cut `value` into consecutive ranges of at most `length` code units (and
 * `length / markWeight` marks, `length * nodesPerUnit` nodes), each ending after a line break where there
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
  for (let at = limit; at > half; at--) {
    if (isLineEnding(value.charCodeAt(at - 1))) return at
  }

  // No line ends in the section’s second half: it lies inside one line,
  // longer than any paragraph, which is cut into sections of half the
  // budget (sections as large as prose’s, read one after the other, would
  // outgrow a section of prose before the collector catches up).
  const inner = Math.max(1, Math.floor(length / 2))
  const innerLimit = markLimit(value, start, inner, Math.min(start + inner, value.length))
  const innerHalf = start + Math.floor((innerLimit - start) / 2)
  for (let at = innerLimit; at > innerHalf; at--) {
    if (isSpace(value.charCodeAt(at - 1))) return at
  }

  const code = value.charCodeAt(innerLimit - 1)
  return code >= 0xd8_00 && code <= 0xdb_ff ? innerLimit + 1 : innerLimit
}

/**
 * The offset after the mark, or before the token, that fills a section of
 * `length` from `start` (`length / markWeight` line breaks and sentence
 * ends, or `length * nodesPerUnit` nodes of the tree, as `nodesOf` counts
 * them), or `end` when those before it do not.
 */
function markLimit(value: string, start: number, length: number, end: number): number {
  const mostMarks = Math.max(leastMarks, Math.floor(length / markWeight))
  const mostNodes = Math.max(leastMarks, Math.floor(length * nodesPerUnit))
  let marks = 0
  let nodes = 0
  let previous = -1
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    // `\r\n` is one line break.
    const mark = code === 10 || code === 46 || code === 33 || code === 63 || (code === 13 && value.charCodeAt(index + 1) !== 10)
    if (mark && ++marks >= mostMarks) return index + 1
    const kind = kindOf(code)
    // A word starts a word and a text node, a run of white space one node, a mark one each.
    const added = kind === punctuation ? 1 : kind === previous ? 0 : kind === word ? 2 : 1
    previous = kind
    if (added > 0 && (nodes += added) > mostNodes) return index
  }

  return end
}

const word = 0
const space = 1
const punctuation = 2

/**
 * What a code unit makes in the tree, roughly and cheaply: ASCII letters
 * and digits and every code unit past ASCII but general and CJK
 * punctuation are word characters; the rest of ASCII is a mark.
 */
function kindOf(code: number): number {
  if (isSpace(code)) return space
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? word : punctuation
  }

  return (code >= 0x20_00 && code <= 0x20_6f) || (code >= 0x30_00 && code <= 0x30_3f) ? punctuation : word
}
