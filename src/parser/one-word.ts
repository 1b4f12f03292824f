/**
 * A line that is one word of letters and digits (`Subscribe`, `a`, `2026`)
 * made into its paragraph directly, as `parse-english` would make it, but
 * without its tokenizer and plugins: input of many short lines is mostly
 * such lines, and each cost a paragraph’s full parse.
 */
import type {Paragraph} from 'nlcst'
import type {Point} from 'unist'

// Letters and digits only: `parse-english` reads such a run as one word
// (marks, connectors and symbols have rules of their own).
const oneWord = /^[\p{L}\p{N}]+$/u
/** Longest line tried. */
const mostLength = 64

/**
 * The paragraph of `value`, placed at `start` (with the positions
 * `shiftPositions` would give: points shared, the text’s position its
 * word’s), or `undefined` when `value` is not one such word.
 */
export function oneWordParagraph(value: string, start: Point): Paragraph | undefined {
  if (value.length === 0 || value.length > mostLength || !oneWord.test(value)) return undefined
  // A surrogate pair is two columns, as everywhere in unist positions.
  const end: Point = {line: start.line, column: start.column + value.length, offset: (start.offset ?? 0) + value.length}
  const place = {start, end}
  return {
    type: 'ParagraphNode',
    children: [
      {
        type: 'SentenceNode',
        children: [{type: 'WordNode', children: [{type: 'TextNode', value, position: place}], position: place}],
        position: {start, end}
      }
    ],
    position: {start, end}
  }
}
