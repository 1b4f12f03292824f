/**
 * Tell hard-wrapped text from text set one paragraph a line.
 *
 * Wire copy, e-mail and text archives come wrapped at 60–80 columns, with
 * blank lines between paragraphs: there, a line break inside a block is not
 * the writer’s, it is where the next word did not fit. Everywhere else (a
 * headline over its story, a poem, an address, a list) each line is meant.
 *
 * The text is read as wrapped when the lines inside its blocks run to one
 * width: the wrap width `W` is the width of its longer inner lines (the 95th
 * percentile, so a stray long line does not move it), and most inner lines
 * are *full*, their next word would not have fitted within `W`, and go on
 * (no sentence ends there), at least two of them. Then a line
 * runs on into the next in its block when:
 * - it is full, or it reaches 85% of `W` without ending a sentence and the
 *   next line starts in lower case (text wrapped to a ragged margin);
 * - it is not much wider than `W` (a long line is a paragraph of its own);
 * - the next line is not indented deeper (an indented first line starts a
 *   paragraph) and does not start a list item (`-`, `*`, `•`, `1.`, `a)`),
 *   unless the line is full, goes on (no sentence end, no colon) and is no
 *   list item itself: a dash the wrap put at the start of a line.
 * A poem’s or an address’s lines end well short of the width, with room for
 * the next word, and so stay apart, as do the items of a list.
 */
import {isLineEnding, isSpace} from '../characters.js'

/** A non-blank line of the input. */
export interface TextLine {
  /** Line number (1-based), counted as the parser does (`\r\n` is one line end). */
  line: number
  /** Offset where the line starts (its indentation included). */
  lineStart: number
  /** Offset where its text starts (after indentation). */
  start: number
  /** Offset where its text ends (before trailing white space). */
  end: number
}

/** Narrowest wrap width taken for wrapping (narrower lines are verse, addresses, menus). */
const minWidth = 40
/** Widest wrap width taken for wrapping (wider lines are paragraphs of their own). */
const maxWidth = 120
/** Share of inner lines that must be full for the text to be read as wrapped. */
const fullShare = 0.5
/** Share of the wrap width that a line not ending a sentence reaches to run on without being full. */
const raggedShare = 0.85
/** Widths are counted up to this many columns; wider lines count as this wide. */
const widthCap = 1024

const listItem = /^(?:[-*+•‣◦▪–—·>]\s|\(?(?:\d{1,3}|[a-zA-Z])[.)]\s)/
const sentenceEnd = /[.!?…:;]["'”’)\]»]*$/
const lowerStart = /^\p{Ll}/u

/**
 * The non-blank lines of `value` from `from` to `to`, the first counted as
 * line `line` starting at offset `lineStart`.
 */
export function readLines(value: string, from = 0, to = value.length, line = 1, lineStart = from): TextLine[] {
  const lines: TextLine[] = []
  let index = from
  while (index < to) {
    while (index < to && isSpace(value.charCodeAt(index))) {
      const code = value.charCodeAt(index)
      index++
      if (code === 10 || (code === 13 && value.charCodeAt(index) !== 10)) {
        line++
        lineStart = index
      }
    }

    if (index >= to) break
    let end = index
    while (end < to && !isLineEnding(value.charCodeAt(end))) end++
    while (end > index && isSpace(value.charCodeAt(end - 1))) end--
    lines.push({line, lineStart, start: index, end})
    index = end
  }

  return lines
}

/**
 * Which lines run on into the next: `result[i]` is `true` when line `i` of
 * `lines` (from `readLines`) and line `i + 1` are one wrapped paragraph.
 * All `false` when the text is not hard-wrapped.
 */
export function runOnLines(value: string, lines: readonly TextLine[]): boolean[] {
  const result = new Array<boolean>(lines.length).fill(false)
  const widths = new Uint32Array(widthCap + 1)
  let inner = 0
  for (let index = 0; index + 1 < lines.length; index++) {
    if (!sameBlock(lines, index)) continue
    widths[Math.min(widthOf(lines[index]!), widthCap)]!++
    inner++
  }

  if (inner === 0) return result
  const width = percentile(widths, inner, 0.95)
  if (width < minWidth || width > maxWidth) return result

  const slack = Math.max(4, Math.round(width / 10))
  let full = 0
  for (let index = 0; index + 1 < lines.length; index++) {
    if (!sameBlock(lines, index)) continue
    const line = lines[index]!
    const next = lines[index + 1]!
    const lineWidth = widthOf(line)
    const isFull = lineWidth + 1 + firstWordLength(value, next) > width && lineWidth <= width + slack
    const ends = sentenceEnd.test(value.slice(Math.max(line.start, line.end - 4), line.end))
    // A full line that ends a sentence may be a paragraph a line that happens to be long.
    if (isFull && !ends) full++
    if (lineWidth > width + slack) continue
    if (next.start - next.lineStart > line.start - line.lineStart) continue
    const text = value.slice(next.start, Math.min(next.end, next.start + 8))
    // A dash that the wrap put at the start of a line is not a list’s, when
    // the line before is full, goes on, and is no list item itself.
    if (listItem.test(text) && !(isFull && !ends && !listItem.test(value.slice(line.start, line.start + 8)))) continue
    result[index] = isFull || (lineWidth >= raggedShare * width && lowerStart.test(text) && !ends)
  }

  if (full < 2 || full < fullShare * inner) result.fill(false)
  return result
}

/** Whether line `index` and the next are in one block (no blank line between). */
function sameBlock(lines: readonly TextLine[], index: number): boolean {
  return lines[index + 1]!.line === lines[index]!.line + 1
}

/** Columns a line takes, its indentation included. */
function widthOf(line: TextLine): number {
  return line.end - line.lineStart
}

function firstWordLength(value: string, line: TextLine): number {
  let end = line.start
  while (end < line.end && !isSpace(value.charCodeAt(end))) end++
  return end - line.start
}

/** The smallest width at or under which `share` of the `count` counted widths fall. */
function percentile(widths: Uint32Array, count: number, share: number): number {
  const wanted = Math.ceil(share * count)
  let seen = 0
  for (let width = 0; width < widths.length; width++) {
    seen += widths[width]!
    if (seen >= wanted) return width
  }

  return widthCap
}

/**
 * Text of a paragraph, sentence, quote or figure as one line: each run of
 * line breaks (and the spaces and tabs around it, a continuation line’s
 * indentation) becomes one space, as hard-wrapped text reads (`three\ntimes`
 * → `three times`). One pass, no pattern; offsets into the source stay
 * those of `value`. Paragraphs hold line breaks only where hard-wrapped text
 * was joined.
 */
export function flowText(value: string): string {
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
