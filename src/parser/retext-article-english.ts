/**
 * Parser plugin: English natural language into nlcst, one paragraph per line.
 *
 * A drop-in for `retext-english` made for articles as people paste them:
 * every non-blank line becomes its own paragraph (a headline without a full
 * stop is not glued to the dek under it), and each line is parsed on its own,
 * so the cost grows linearly with the input where parsing a whole document at
 * once does not. Positions still point into the whole input.
 */
import type {Paragraph, Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
// Registers the `nlcst*Extensions` data keys on unified’s `Data`.
import type {} from 'retext-english'
import type {Plugin} from 'unified'
import type {Point as UnistPoint} from 'unist'
import type {VFile} from 'vfile'
import {isLineEnding, isSpace} from '../characters.js'
import {splitRoots} from '../nlcst/lines.js'
import {shiftPositions} from '../nlcst/positions.js'
import {checkOptions} from '../options.js'

/** Options of `retextArticleEnglish`. */
export interface Options {
  /**
   * Longest input to parse, in UTF-16 code units (default `20_000_000`, about
   * 20 MB of English). Longer input is a fatal message (`ruleId`
   * `'max-length'`, thrown as a `VFileMessage`) instead of a long wait.
   */
  maxLength?: number | null | undefined
}

export type {Options as ParserOptions}

/** Default of the `maxLength` option. */
export const defaultMaxLength = 20_000_000

/**
 * Parse English, one paragraph per line, linearly.
 */
export const retextArticleEnglish: Plugin<[(Readonly<Options> | null | undefined)?], string, Root> = function (options) {
  const settings = checkOptions('retextArticleEnglish', options, {maxLength: 'integer'})
  const maxLength = settings.maxLength ?? defaultMaxLength
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this

  self.parser = function (value: string, file): Root {
    checkLength(file, value.length, maxLength)
    const parser = new ParseEnglish()
    add(parser.tokenizeParagraphPlugins, self.data('nlcstParagraphExtensions'))
    add(parser.tokenizeSentencePlugins, self.data('nlcstSentenceExtensions'))
    return parseLines(parser, value)
  }
}

/**
 * Fail `file` (a fatal `max-length` message, thrown) when its text is longer
 * than `maxLength`.
 */
export function checkLength(file: VFile, length: number, maxLength: number): void {
  if (length > maxLength) {
    file.fail(`Unexpected input of ${length} characters, expected at most ${maxLength}`, {
      ruleId: 'max-length',
      source: 'retext-article'
    })
  }
}

/** A part of the input: where it starts, and the offset where it ends. */
export interface LineRange {
  /** Where the part starts (line, column and offset). */
  start: UnistPoint
  /** Offset where it ends. */
  end: number
}

/**
 * Parse `value` into a root of one paragraph per non-blank line, with white
 * space nodes between them. With `range`, only that part of `value` is
 * parsed (the root spans it), positions still pointing into all of `value`.
 */
export function parseLines(parser: ParseEnglish, value: string, range?: LineRange): Root {
  if (typeof value !== 'string') throw new TypeError(`parseLines: expected \`value\` to be a string, not \`${typeof value}\``)
  if (range !== undefined) checkRange(value, range)
  const children: RootContent[] = []
  const first: Point = range
    ? {line: range.start.line, column: range.start.column, offset: range.start.offset ?? 0}
    : {line: 1, column: 1, offset: 0}
  const to = range ? Math.min(range.end, value.length) : value.length
  let line = first.line
  let lineStart = first.offset - first.column + 1
  let index = first.offset
  let gapStart: Point = first

  while (index < to) {
    // Skip white space, counting lines.
    while (index < to && isSpace(value.charCodeAt(index))) {
      const code = value.charCodeAt(index)
      index++
      if (code === 10 || (code === 13 && value.charCodeAt(index) !== 10)) {
        line++
        lineStart = index
      }
    }

    if (index >= to) break

    // Content runs to the end of the line; trailing white space is a gap.
    let contentEnd = index
    while (contentEnd < to && !isLineEnding(value.charCodeAt(contentEnd))) contentEnd++
    while (contentEnd > index && isSpace(value.charCodeAt(contentEnd - 1))) contentEnd--

    pushGap(children, value, gapStart, {line, column: index - lineStart + 1, offset: index})
    children.push(parseParagraph(parser, value, index, contentEnd, line, lineStart))
    gapStart = {line, column: contentEnd - lineStart + 1, offset: contentEnd}
    index = contentEnd
  }

  const end: Point = {line, column: to - lineStart + 1, offset: to}
  pushGap(children, value, gapStart, end)

  const root: Root = {type: 'RootNode', children, position: {start: {...first}, end}}
  // One paragraph per line: there is nothing for the plugins to split.
  splitRoots.add(root)
  return root
}

/**
 * Check that `range` is a part of `value`: a start offset from 0 to the
 * length, an end from there to the length, a line of 1 or more and a column
 * that fits in the text before the start (columns count from 1 after the
 * last line break, so at most `offset + 1`).
 *
 * @throws {TypeError} When it is not.
 */
function checkRange(value: string, range: LineRange): void {
  const {start, end} = range ?? {}
  const offset = start?.offset
  const fault =
    typeof start !== 'object' || start === null
      ? 'a `start` point'
      : !isCount(offset, 0) || offset > value.length
        ? `a \`start.offset\` from 0 to ${value.length}`
        : !isCount(start.line, 1)
          ? 'a `start.line` of 1 or more'
          : !isCount(start.column, 1) || start.column > offset + 1
            ? `a \`start.column\` from 1 to ${offset + 1}`
            : !isCount(end, offset) || end > value.length
              ? `an \`end\` from ${offset} to ${value.length}`
              : undefined
  if (fault) throw new TypeError(`parseLines: expected \`range\` to have ${fault}`)
}

/** Whether `value` is an integer of at least `min`. */
function isCount(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min
}

/**
 * parse-latin’s paragraph passes splice arrays of tokens, which grows
 * quadratically on one huge line: longer lines are parsed in chunks of about
 * this many characters, cut at white space where there is some.
 */
const chunkSize = 8192

/** Parse one line (`start` to `end`) as one paragraph, in chunks when long. */
function parseParagraph(
  parser: ParseEnglish,
  value: string,
  start: number,
  end: number,
  line: number,
  lineStart: number
): Paragraph {
  if (end - start <= chunkSize) {
    const paragraph = parser.tokenizeParagraph(value.slice(start, end))
    shiftPositions(paragraph, {line: line - 1, column: start - lineStart, offset: start, length: end - start})
    return paragraph
  }

  const children: Paragraph['children'] = []
  let from = start
  while (from < end) {
    const to = chunkEnd(value, from, end)
    const part = parser.tokenizeParagraph(value.slice(from, to))
    shiftPositions(part, {line: line - 1, column: from - lineStart, offset: from, length: to - from})
    for (const child of part.children) children.push(child)
    from = to
  }

  return {
    type: 'ParagraphNode',
    children,
    position: {
      start: {line, column: start - lineStart + 1, offset: start},
      end: {line, column: end - lineStart + 1, offset: end}
    }
  }
}

/** Where a chunk starting at `from` ends: after white space, or at the size. */
function chunkEnd(value: string, from: number, end: number): number {
  const limit = from + chunkSize
  if (limit >= end) return end
  for (let at = limit; at > from + chunkSize / 2; at--) {
    if (isSpace(value.charCodeAt(at - 1))) return at
  }

  // No white space: cut anyway, but never inside a surrogate pair.
  const code = value.charCodeAt(limit - 1)
  return code >= 0xd8_00 && code <= 0xdb_ff ? limit + 1 : limit
}

interface Point {
  line: number
  column: number
  offset: number
}

function pushGap(children: RootContent[], value: string, start: Point, end: Point): void {
  if (end.offset <= start.offset) return
  children.push({
    type: 'WhiteSpaceNode',
    value: value.slice(start.offset, end.offset),
    position: {start, end}
  })
}

function add<T>(list: T[], values: T[] | undefined): void {
  if (values) list.unshift(...values)
}
