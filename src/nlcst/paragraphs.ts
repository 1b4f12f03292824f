/**
 * Small readers over the paragraphs of an article tree.
 */
import type {Nodes, Paragraph, Root, Sentence} from 'nlcst'
import type {Span} from '../types.js'

/** Paragraph nodes at the top of the tree, in order. */
export function paragraphsOf(tree: Root): Paragraph[] {
  const result: Paragraph[] = []
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') result.push(child)
  }

  return result
}

/**
 * Paragraphs of the story body: not headline, dek, byline or sign-off (when
 * the structure plugin ran) and not marked as boilerplate.
 */
export function bodyParagraphs(tree: Root): Paragraph[] {
  return paragraphsOf(tree).filter(function (paragraph) {
    const data = paragraph.data
    if (!data) return true
    if (data.boilerplate) return false
    return data.articleRole === undefined || data.articleRole === 'body'
  })
}

/** Sentences of a paragraph. */
export function sentencesOf(paragraph: Paragraph): Sentence[] {
  const result: Sentence[] = []
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') result.push(child)
  }

  return result
}

/** Span of a node, when it has a position with offsets. */
export function spanOf(node: {position?: {start: {offset?: number}; end: {offset?: number}} | undefined}): Span | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  return {start, end}
}

/**
 * Text of a node, as `nlcst-to-string` gives it, in about half the time: the
 * values are concatenated as they are met instead of joined level by level.
 * The plugins take the text of every paragraph and sentence more than once.
 */
export function textOf(node: Nodes): string {
  if ('value' in node) return node.value
  let result = ''
  for (const child of node.children) result += 'value' in child ? child.value : textOf(child)
  return result
}
