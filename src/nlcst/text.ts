/**
 * Fast text of the nodes the plugins read most: a word, and a paragraph
 * taken from the input when the paragraph’s words are the input (a slice
 * instead of a string built piece by piece, which a regular expression then
 * has to flatten).
 */
import type {Paragraph, Sentence, Word} from 'nlcst'
import {textOf} from './paragraphs.js'
import {lastAtOrBefore} from './search.js'

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
    at = child.type === 'SentenceNode' ? afterSentence(child, source, at) : after(child, source, at)
    if (at === -1) return textOf(paragraph)
  }

  return source.slice(start, at)
}

/** Text of a sentence, as `textOf` gives it: a slice of `source` when its leaves are (see `paragraphText`). */
export function sentenceText(sentence: Sentence, source: string): string {
  const start = sentence.position?.start.offset
  const at = start === undefined ? -1 : afterSentence(sentence, source, start)
  return at === -1 ? textOf(sentence) : source.slice(start, at)
}

/** Offset after `sentence` when its leaves hold the characters of `source` from `at` on, else `-1`. */
function afterSentence(sentence: Sentence, source: string, at: number): number {
  for (const node of sentence.children) {
    if (node.type === 'WordNode') {
      for (const leaf of node.children) if (at !== -1) at = after(leaf, source, at)
    } else if (at !== -1) {
      at = after(node, source, at)
    }
  }

  return at
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

/**
 * Where the characters of a paragraph’s text (as `textOf` gives it) sit in
 * the input. In plain text, and in HTML without character references, the
 * text is the input from the paragraph’s start on, one character for one;
 * after a reference of an HTML source (`&amp;` for `&`) the input runs
 * ahead of the text.
 */
export interface TextPlaces {
  /** Offset in the input of the character at `index` of the text (or of the end, at its length). */
  toSource(index: number): number
  /** Index in the text of the input offset `offset` (a place inside a reference gives the reference’s end). */
  toText(offset: number): number
}

/**
 * Places of the text of `paragraph` in the input. `jumps` says whether the
 * input may hold places where it runs ahead of the text (`file.data.htmlReferences`
 * is not empty); without them, or when the paragraph has none, the places are
 * `start + index`.
 */
export function textPlaces(paragraph: Paragraph, jumps: boolean): TextPlaces {
  const start = paragraph.position?.start.offset ?? 0
  if (!jumps) return new Shifted(start)
  // Breakpoints: text index and input offset where the input jumps ahead.
  const texts = [0]
  const offsets = [start]
  let index = 0
  const stack: Array<{value?: unknown; children?: unknown[]; position?: Leaf['position']}> = [paragraph]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.children) {
      for (let child = node.children.length - 1; child >= 0; child--) stack.push(node.children[child] as (typeof stack)[number])
      continue
    }

    const value = typeof node.value === 'string' ? node.value : ''
    const at = node.position?.start.offset
    const last = texts.length - 1
    if (at !== undefined && at !== offsets[last]! + (index - texts[last]!)) {
      texts.push(index)
      offsets.push(at)
    }

    index += value.length
  }

  return texts.length === 1 ? new Shifted(start) : new Jumping(texts, offsets)
}

/** The places of a text copied one for one from `start` on. */
class Shifted implements TextPlaces {
  constructor(private readonly start: number) {}

  toSource(index: number): number {
    return this.start + index
  }

  toText(offset: number): number {
    return offset - this.start
  }
}

/** The places of a text whose input jumps ahead at breakpoints (text index and input offset of each). */
class Jumping implements TextPlaces {
  constructor(
    private readonly texts: readonly number[],
    private readonly offsets: readonly number[]
  ) {}

  toSource(index: number): number {
    const piece = lastAtOrBefore(this.texts, index)
    return this.offsets[piece]! + (index - this.texts[piece]!)
  }

  toText(offset: number): number {
    const piece = lastAtOrBefore(this.offsets, offset)
    const next = this.texts[piece + 1] ?? Number.POSITIVE_INFINITY
    return Math.min(this.texts[piece]! + (offset - this.offsets[piece]!), next)
  }
}
