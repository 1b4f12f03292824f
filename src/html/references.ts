/**
 * Text nodes of a parsed page whose text is shorter than their source: a
 * character reference (`&amp;`, `&#8217;`, `&nbsp;`) is one character of
 * text for several of source, and a `\r\n` one for two. `rehype-retext`
 * places each character of a text node at the node’s start plus its index
 * in the text, so every position after such a place drifts.
 *
 * `splitAtReferences` cuts each such node into nodes of their own: runs of
 * characters copied one for one, and each reference (or `\r\n`) alone, each
 * with its exact place in the source. Then every position `rehype-retext`
 * gives starts right; only the end of a reference’s own character falls
 * inside the reference, and the spans returned let the retext side move it
 * to the reference’s end (see `nlcst/html-references.ts`).
 */
import {decodeHTML} from 'entities/decode'
import type {Element, Root, RootContent, Text} from 'hast'
import type {Point} from 'unist'
import type {Span} from '../types.js'

// A character reference as HTML reads one (a legacy name may lack its `;`).
const reference = /&(?:#[xX][\da-fA-F]{1,8}|#\d{1,10}|[A-Za-z][A-Za-z\d]{0,40});?/y

/** A run of a text node’s source and the text it gives. */
interface Piece {
  /** Source offsets, relative to the node’s start. */
  readonly from: number
  readonly to: number
  /** The text it gives. */
  readonly value: string
  /** Whether the source is not the text copied one for one. */
  readonly irregular: boolean
}

/**
 * Cut text nodes of `tree` at character references and `\r\n`, in place.
 * `source` is the document the tree was parsed from. Returns the source
 * spans (ascending) of the references whose text is shorter than their source.
 */
export function splitAtReferences(tree: Root, source: string): Span[] {
  const spans: Span[] = []
  const stack: Array<Root | Element> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    let replaced: RootContent[] | undefined
    for (let index = 0; index < node.children.length; index++) {
      const child = node.children[index]!
      if (child.type === 'element') stack.push(child)
      const pieces = child.type === 'text' ? piecesOf(child, source) : undefined
      if (pieces) {
        replaced ??= node.children.slice(0, index)
        replaced.push(...textNodes(child as Text, pieces, source, spans))
      } else if (replaced) {
        replaced.push(child)
      }
    }

    if (replaced) node.children = replaced as typeof node.children
  }

  return spans.sort((a, b) => a.start - b.start)
}

/** The pieces of a text node whose source is longer than its text, or `undefined`. */
function piecesOf(node: Text, source: string): Piece[] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const value = node.value
  if (end - start === value.length) return undefined
  const raw = source.slice(start, end)
  const pieces: Piece[] = []
  let from = 0
  let at = 0
  let copied = 0
  let copiedAt = 0
  const flush = () => {
    if (from > copied) pieces.push({from: copied, to: from, value: value.slice(copiedAt, at), irregular: false})
  }

  while (from < raw.length && at < value.length) {
    const code = raw.charCodeAt(from)
    if (code === 0x26 /* & */) {
      reference.lastIndex = from
      const match = reference.exec(raw)
      const decoded = match ? decodeHTML(match[0]) : ''
      if (match && decoded !== match[0] && value.startsWith(decoded, at)) {
        flush()
        pieces.push({from, to: from + match[0].length, value: decoded, irregular: true})
        from += match[0].length
        at += decoded.length
        copied = from
        copiedAt = at
        continue
      }
    } else if (code === 0x0d /* \r */ && raw.charCodeAt(from + 1) === 0x0a && value.charCodeAt(at) === 0x0a) {
      flush()
      pieces.push({from, to: from + 2, value: '\n', irregular: true})
      from += 2
      at++
      copied = from
      copiedAt = at
      continue
    }

    // Anything else the parser changed (a lone `\r` read as `\n`) is one for one.
    if (raw.charCodeAt(from) !== value.charCodeAt(at) && !(code === 0x0d && value.charCodeAt(at) === 0x0a)) break
    from++
    at++
  }

  flush()
  // Whatever could not be matched stays one node, as it was.
  if (from < raw.length || at < value.length) {
    pieces.push({from, to: raw.length, value: value.slice(at), irregular: true})
  }

  return pieces
}

/** Text nodes for `pieces` of `node`, each placed in the source; irregular spans go to `spans`. */
function textNodes(node: Text, pieces: readonly Piece[], source: string, spans: Span[]): Text[] {
  const origin = node.position!.start
  const base = origin.offset!
  const nodes: Text[] = []
  let point: Point = {line: origin.line, column: origin.column, offset: base}
  for (const piece of pieces) {
    const start = point
    const end = advance(start, source, base + piece.to)
    if (piece.value !== '') nodes.push({type: 'text', value: piece.value, position: {start, end}})
    if (piece.irregular && piece.to - piece.from > piece.value.length) spans.push({start: base + piece.from, end: base + piece.to})
    point = end
  }

  return nodes
}

/** The point at `offset` of `source`, from `point` before it (lines end at `\n`, `\r\n` or `\r`). */
function advance(point: Point, source: string, offset: number): Point {
  let line = point.line
  let column = point.column
  for (let index = point.offset!; index < offset; index++) {
    const code = source.charCodeAt(index)
    if (code === 0x0a || (code === 0x0d && source.charCodeAt(index + 1) !== 0x0a)) {
      line++
      column = 1
    } else {
      column++
    }
  }

  return {line, column, offset}
}
