/**
 * Fast text of the nodes the plugins read most: a word, and a paragraph
 * taken from the input when the paragraph’s words are the input (a slice
 * instead of a string built piece by piece, which a regular expression then
 * has to flatten).
 */
import type {Paragraph, Word} from 'nlcst'
import {textOf} from './paragraphs.js'

/** A node read as a leaf: its value and its offsets. */
interface Leaf {
  value?: unknown
  position?: {start: {offset?: number}; end: {offset?: number}} | undefined
}

/**
 * Text of a paragraph, as `textOf` gives it. When its leaves hold the very
 * characters of `source` at their offsets, one after the other, that text
 * is a slice of `source`.
 */
export function paragraphText(paragraph: Paragraph, source: string): string {
  const start = paragraph.position?.start.offset
  if (start === undefined) return textOf(paragraph)
  let at = start
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') {
      for (const node of child.children) {
        if (node.type === 'WordNode') {
          for (const leaf of node.children) if (at !== -1) at = after(leaf, source, at)
        } else if (at !== -1) {
          at = after(node, source, at)
        }
      }
    } else if (at !== -1) {
      at = after(child, source, at)
    }

    if (at === -1) return textOf(paragraph)
  }

  return source.slice(start, at)
}

/** Offset after `leaf` when it holds the characters of `source` at `at`, else `-1`. */
function after(leaf: Leaf, source: string, at: number): number {
  const value = leaf.value
  const position = leaf.position
  if (typeof value !== 'string' || position?.start.offset !== at || position.end.offset !== at + value.length) return -1
  return source.startsWith(value, at) ? at + value.length : -1
}

/**
 * Text of a word node. Its parts are text, symbol and punctuation nodes, so
 * joining their values is what `nlcst-to-string` gives, without its
 * generic walk (this runs on every word).
 */
export function wordText(node: Word): string {
  const children = node.children
  if (children.length === 1) return children[0]!.value
  let text = ''
  for (const child of children) text += child.value
  return text
}
