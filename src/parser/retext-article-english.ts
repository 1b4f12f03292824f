/**
 * Parser plugin: English natural language into nlcst, one paragraph per line.
 *
 * A drop-in for `retext-english` made for articles as people paste them:
 * every non-blank line becomes its own paragraph (a headline without a full
 * stop is not glued to the dek under it), except in hard-wrapped text, where
 * the lines of a block are joined into one (see `nlcst/layout.ts`); each
 * paragraph is parsed on its own,
 * so the cost grows linearly with the input where parsing a whole document at
 * once does not. Positions still point into the whole input.
 */
import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst'
import {ParseEnglish} from 'parse-english'
// Registers the `nlcst*Extensions` data keys on unified’s `Data`.
import type {} from 'retext-english'
import type {Plugin} from 'unified'
import type {Point as UnistPoint} from 'unist'
import type {VFile} from 'vfile'
import {isSpace} from '../characters.js'
import {readLines, runOnLines, type TextLine} from '../nlcst/layout.js'
import {splitRoots} from '../nlcst/lines.js'
import {shiftPositions} from '../nlcst/positions.js'
import {checkOptions, type OptionSchema} from '../options.js'
import {oneWordParagraph} from './one-word.js'
import {lightenParagraphPasses} from './paragraph-passes.js'

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

/** The declaration of `retextArticleEnglish`’s options: kinds, bounds, defaults. */
export const parserOptionSchema = {
  maxLength: {kind: 'integer', default: defaultMaxLength}
} as const satisfies OptionSchema

/**
 * Parse English, one paragraph per line (or per block of hard-wrapped
 * lines), linearly.
 */
export const retextArticleEnglish: Plugin<[(Readonly<Options> | null | undefined)?], string, Root> = function (options) {
  const settings = checkOptions('retextArticleEnglish', options, parserOptionSchema)
  const maxLength = settings.maxLength ?? defaultMaxLength
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this

  self.parser = function (value: string, file): Root {
    checkLength(file, value.length, maxLength)
    const parser = lineParser()
    add(parser.tokenizeParagraphPlugins, self.data('nlcstParagraphExtensions'))
    add(parser.tokenizeSentencePlugins, self.data('nlcstSentenceExtensions'))
    return parseLines(parser, value)
  }
}

/**
 * A parse-english parser for `parseLines`: its lines hold no line break, so
 * the pass that splits sentences at blank lines runs only where one is (see
 * `lightenParagraphPasses`).
 */
export function lineParser(): ParseEnglish {
  const parser = new ParseEnglish()
  lightenParagraphPasses(parser.tokenizeParagraphPlugins)
  return parser
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
 * Parse `value` into a root of one paragraph per non-blank line (the lines of
 * hard-wrapped text joined into one, see `runOnLines`), with white space
 * nodes between them. With `range`, only that part of `value` is parsed (the
 * root spans it), positions still pointing into all of `value`.
 */
export function parseLines(parser: ParseEnglish, value: string, range?: LineRange): Root {
  if (typeof value !== 'string') throw new TypeError(`parseLines: expected \`value\` to be a string, not \`${typeof value}\``)
  if (range !== undefined) checkRange(value, range)
  const children: RootContent[] = []
  const first: Point = range
    ? {line: range.start.line, column: range.start.column, offset: range.start.offset ?? 0}
    : {line: 1, column: 1, offset: 0}
  const to = range ? Math.min(range.end, value.length) : value.length
  const lines = readLines(value, first.offset, to, first.line, first.offset - first.column + 1)
  const runsOn = runOnLines(value, lines)
  let gapStart: Point = first

  for (let index = 0; index < lines.length; index++) {
    const head = lines[index]!
    let last = index
    while (runsOn[last]) last++
    const tail = lines[last]!
    pushGap(children, value, gapStart, {line: head.line, column: head.start - head.lineStart + 1, offset: head.start})
    children.push(
      last === index
        ? parseParagraph(parser, value, head.start, head.end, head.line, head.lineStart)
        : parseWrapped(parser, value, lines.slice(index, last + 1))
    )
    gapStart = {line: tail.line, column: tail.end - tail.lineStart + 1, offset: tail.end}
    index = last
  }

  const end = endPoint(value, gapStart, to)
  pushGap(children, value, gapStart, end)

  const root: Root = {type: 'RootNode', children, position: {start: {...first}, end}}
  // No line break is left inside a paragraph but those of wrapped text
  // (marked `lineWrap`): there is nothing for the plugins to split.
  splitRoots.add(root)
  return root
}

/** The point at `to`, counting the lines from `from` (a point before it). */
function endPoint(value: string, from: Point, to: number): Point {
  let line = from.line
  let lineStart = from.offset - from.column + 1
  for (let index = from.offset; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) {
      line++
      lineStart = index + 1
    }
  }

  return {line, column: to - lineStart + 1, offset: to}
}

/**
 * Parse the lines of one wrapped paragraph as one paragraph: the text is
 * tokenized with its line breaks read as spaces (so it splits into the
 * sentences and words its unwrapped text would), then the white space that
 * held them gets its own value back, marked `lineWrap`.
 */
function parseWrapped(parser: ParseEnglish, value: string, lines: readonly TextLine[]): Paragraph {
  const head = lines[0]!
  const tail = lines[lines.length - 1]!
  const text = value.slice(head.start, tail.end).replace(lineEndings, ' ')
  const lineStarts = lines.slice(1).map((d) => d.lineStart)
  const paragraph = parseParagraph(parser, text, 0, text.length, head.line, head.lineStart - head.start, {
    offset: head.start,
    lineStarts
  })
  restoreBreaks(paragraph, value)
  return paragraph
}

const lineEndings = /[\r\n]/g

/** Give the white space of `paragraph` holding a line break its value in `value`, marked `lineWrap`. */
function restoreBreaks(paragraph: Paragraph, value: string): void {
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') {
      for (const part of child.children) if (part.type === 'WhiteSpaceNode') restoreBreak(part, value)
    } else if (child.type === 'WhiteSpaceNode') restoreBreak(child, value)
  }
}

function restoreBreak(node: WhiteSpace, value: string): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || node.value.length !== end - start) return
  const own = value.slice(start, end)
  if (own === node.value) return
  node.value = own
  node.data = {...node.data, lineWrap: true}
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
  const fault = rangeFault(value, range)
  if (fault) throw new TypeError(`parseLines: expected \`range\` to have ${fault}`)
}

/** What `range` lacks to be a part of `value`, or `undefined`. */
function rangeFault(value: string, range: LineRange): string | undefined {
  const {start, end} = range ?? {}
  if (typeof start !== 'object' || start === null) return 'a `start` point'
  const offset = start.offset
  if (!isCount(offset, 0) || offset > value.length) return `a \`start.offset\` from 0 to ${value.length}`
  if (!isCount(start.line, 1)) return 'a `start.line` of 1 or more'
  if (!isCount(start.column, 1) || start.column > offset + 1) return `a \`start.column\` from 1 to ${offset + 1}`
  if (!isCount(end, offset) || end > value.length) return `an \`end\` from ${offset} to ${value.length}`
  return undefined
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
  lineStart: number,
  wrapped?: Wrapped
): Paragraph {
  // Offsets of `value` are those of the input, less `base` (a wrapped paragraph’s text).
  const base = wrapped?.offset ?? 0
  const lineStarts = wrapped?.lineStarts
  if (end - start <= chunkSize) {
    const text = value.slice(start, end)
    const word = lineStarts ? undefined : oneWordParagraph(text, {line, column: start - lineStart + 1, offset: base + start})
    if (word) return word
    const paragraph = parser.tokenizeParagraph(text)
    shiftPositions(paragraph, {line: line - 1, column: start - lineStart, offset: base + start, length: end - start, lineStarts})
    return paragraph
  }

  const children: Paragraph['children'] = []
  let from = start
  while (from < end) {
    const to = chunkEnd(value, from, end)
    const part = parser.tokenizeParagraph(value.slice(from, to))
    shiftPositions(part, {line: line - 1, column: from - lineStart, offset: base + from, length: to - from, lineStarts})
    for (const child of part.children) children.push(child)
    from = to
  }

  // A wrapped paragraph ends on a later line than it starts.
  const head = wrapped ? children[0]?.position?.start : undefined
  const tail = wrapped ? children[children.length - 1]?.position?.end : undefined
  return {
    type: 'ParagraphNode',
    children,
    position: {
      start: head ? {...head} : {line, column: start - lineStart + 1, offset: base + start},
      end: tail ? {...tail} : {line, column: end - lineStart + 1, offset: base + end}
    }
  }
}

/** Where a wrapped paragraph’s text (its line breaks made spaces) sits in the input. */
interface Wrapped {
  /** Input offset of the text’s first character. */
  offset: number
  /** Input offsets where its second, third… lines start. */
  lineStarts: readonly number[]
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
