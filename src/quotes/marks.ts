/**
 * Where quotes open and close in a paragraph: straight `"…"`, curly `“…”`,
 * guillemets `«…»`, and single quotes (`'…'`, `‘…’`, British style). A
 * single quote is an apostrophe more often than not: it opens a quote only
 * after space and before a letter (not `'90s`, `'til`), closes one only after
 * a letter or mark and before space or a mark (not the `s'` of `players'
 * union`), and a single-quoted quote must close in its paragraph.
 *
 * A story that quotes in double marks keeps single ones for quotes within
 * quotes and for scare quotes: there a single-quoted passage is speech only
 * when a speech verb stands by it (`'We sail at dawn,' said Roe`, `Roe
 * said: 'We sail at dawn.'`).
 */
import {speechVerbs} from '../lexicon/speech-verbs.js'


/** A quote in a paragraph; offsets into the paragraph’s text. */
export interface QuoteMarks {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or of the paragraph’s end when the quote runs on. */
  close: number
  /** Offsets of the quoted words, without marks, surrounding space or a final comma. */
  start: number
  end: number
  /** Whether a closing mark ends it (not so for a quote that goes on in the next paragraph). */
  closed: boolean
}

const space = /\s/
const wordy = /[\p{L}\p{N}]/u
const trailing = /[\s,]/
const opensAfter = /[\s([{—–-]/
const wordStart = /[\p{L}\p{N}]/u
// Apostrophes that open a word: `'90s`, `'til`, `'em`.
const elision = /^['‘’](?:\d0s|tis\b|twas\b|til\b|em\b|cause\b|n\b)/i
const closesBefore = /[\s,.;:!?)\]—–-]/
// `s' union`: a plural possessive, unless a speech verb follows (`…rules' said Roe`).
const possessiveAfter = /^\s+(\p{Ll}+)/u

/**
 * Which single-quoted passages are quotes: `all`, only those a speech verb
 * stands by (`speech`), or `none` (in headlines).
 */
export type SingleQuotes = 'all' | 'speech' | 'none'

// Words after a closing mark, and before an opening one, where the speech verb may be.
const wordsAfter = /^[\s,]*((?:[\p{L}’'.-]+\s+){0,5}[\p{L}’'.-]+)/u
const wordsBefore = /((?:[\p{L}’'.-]+\s+){0,5}[\p{L}’'.-]+)\s*[:,]\s*$/u
// How far on either side of a single-quoted passage its speech verb is looked for.
const verbReach = 60

/**
 * Quotes in `text`, in order, in one pass. A quote still open at the end of
 * the paragraph runs to its end: that is how a quote spanning paragraphs is
 * written.
 */
export function quoteMarks(text: string, singles: SingleQuotes = 'all'): QuoteMarks[] {
  const quotes: QuoteMarks[] = []
  let open = -1
  let single = -1

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Most characters are none of the marks: one comparison lets them by.
    if (code !== 0x22 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x201e)) {
      if (singles !== 'none' && open === -1 && (code === 0x27 || code === 0x2018 || code === 0x2019)) {
        if (single === -1) {
          if (code !== 0x2019 && opensSingle(text, index)) single = index
        } else if (code !== 0x2018 && closesSingle(text, index)) {
          if (singles === 'all' || isSpeech(text, single, index)) push(quotes, text, single, index, true)
          single = -1
        }
      }

      continue
    }

    // A double quote inside a single one: that `'` was an apostrophe.
    single = -1
    if (code === 0x201c || code === 0xab || code === 0x201e) {
      // `“`, `«`, `„`. A new quote before the last one closed: the last one lacked its mark.
      if (open !== -1) push(quotes, text, open, index, false)
      open = index
    } else if (code === 0x201d || code === 0xbb) {
      // `”`, `»`.
      if (open !== -1) push(quotes, text, open, index, true)
      open = -1
    } else if (code === 0x22) {
      if (open !== -1) {
        push(quotes, text, open, index, true)
        open = -1
      } else if (index + 1 < text.length && !space.test(text.charAt(index + 1)) && (index === 0 || opensAfter.test(text.charAt(index - 1)))) {
        // A straight quote opens after space or an opening bracket, not inside markup (`href="x"`) or a word.
        open = index
      }
    }
  }

  if (open !== -1) push(quotes, text, open, text.length, false)
  return quotes
}
function opensSingle(text: string, index: number): boolean {
  return (index === 0 || opensAfter.test(text.charAt(index - 1))) && wordStart.test(text.charAt(index + 1)) && !elision.test(text.slice(index, index + 6))
}

function closesSingle(text: string, index: number): boolean {
  const before = text.charAt(index - 1)
  if (index === 0 || space.test(before) || (index + 1 < text.length && !closesBefore.test(text.charAt(index + 1)))) return false
  if (before !== 's' && before !== 'S') return true
  const next = possessiveAfter.exec(text.slice(index + 1, index + 40))
  return !next || speechVerbs.has(next[1]!)
}

/** Whether a speech verb stands by the single-quoted passage from `open` to `close`. */
function isSpeech(text: string, open: number, close: number): boolean {
  const after = wordsAfter.exec(text.slice(close + 1, close + 1 + verbReach))
  if (after && after[1]!.split(/\s+/).some((word) => speechVerbs.has(word))) return true
  const before = wordsBefore.exec(text.slice(Math.max(0, open - verbReach), open))
  return before !== null && before[1]!.split(/\s+/).some((word) => speechVerbs.has(word))
}

function push(quotes: QuoteMarks[], text: string, open: number, close: number, closed: boolean): void {
  let start = open + 1
  let end = close
  while (start < end && space.test(text.charAt(start))) start++
  while (end > start && trailing.test(text.charAt(end - 1))) end--
  if (!wordy.test(text.slice(start, end))) return
  quotes.push({open, close, start, end, closed})
}
