/**
 * Parser plugin: English natural language into nlcst, one paragraph per line.
 *
 * A drop-in for `retext-english` made for articles as people paste them:
 * every non-blank line becomes its own paragraph (a headline without a full
 * stop is not glued to the dek under it), and each line is parsed on its own,
 * so the cost grows linearly with the input where parsing a whole document at
 * once does not. Positions still point into the whole input.
 */
import type {Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
// Registers the `nlcst*Extensions` data keys on unified’s `Data`.
import type {} from 'retext-english'
import type {Plugin} from 'unified'
import {shiftPositions} from '../nlcst/positions.js'

// Same notion of white space as JavaScript’s `\s`.
const space = /\s/

/**
 * Parse English, one paragraph per line, linearly.
 */
export const retextArticleEnglish: Plugin<[], string, Root> = function () {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this

  self.parser = function (value: string): Root {
    const parser = new ParseEnglish()
    add(parser.tokenizeParagraphPlugins, self.data('nlcstParagraphExtensions'))
    add(parser.tokenizeSentencePlugins, self.data('nlcstSentenceExtensions'))
    return parseLines(parser, value)
  }
}

/**
 * Parse `value` into a root of one paragraph per non-blank line, with white
 * space nodes between them.
 */
export function parseLines(parser: ParseEnglish, value: string): Root {
  const children: RootContent[] = []
  let line = 1
  let lineStart = 0
  let index = 0
  let gapStart: Point = {line: 1, column: 1, offset: 0}

  while (index < value.length) {
    // Skip white space, counting lines.
    while (index < value.length && space.test(value.charAt(index))) {
      const code = value.charCodeAt(index)
      index++
      if (code === 10 || (code === 13 && value.charCodeAt(index) !== 10)) {
        line++
        lineStart = index
      }
    }

    if (index >= value.length) break

    // Content runs to the end of the line; trailing white space is a gap.
    let end = index
    let contentEnd = index
    while (end < value.length) {
      const code = value.charCodeAt(end)
      if (code === 10 || code === 13) break
      end++
      if (!space.test(value.charAt(end - 1))) contentEnd = end
    }

    pushGap(children, value, gapStart, {line, column: index - lineStart + 1, offset: index})
    const paragraph = parser.tokenizeParagraph(value.slice(index, contentEnd))
    shiftPositions(paragraph, {line: line - 1, column: index - lineStart, offset: index})
    children.push(paragraph)
    gapStart = {line, column: contentEnd - lineStart + 1, offset: contentEnd}
    index = contentEnd
  }

  const end: Point = {line, column: value.length - lineStart + 1, offset: value.length}
  pushGap(children, value, gapStart, end)

  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end}
  }
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
