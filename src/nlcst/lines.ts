/**
 * Make every line of the input its own paragraph.
 *
 * Articles copied from a page put one block per line, but `retext-english`
 * only starts a new paragraph at a line break that follows a sentence
 * boundary: a headline without a full stop is glued to the line after it.
 * Every plugin of this package calls this first, so each works on a tree from
 * `retext-english` as well as from `retextArticleEnglish` (where it is a no-op).
 */
import type {Paragraph, Root, RootContent, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import {readLines, runOnLines} from './layout.js'
import {textOf} from './paragraphs.js'

const lineBreak = /[\r\n]/

/**
 * Roots known to have no line break inside a paragraph: those built by
 * `retextArticleEnglish` (one paragraph per line) and those split already,
 * which later calls return at once (seven plugins call this on every tree).
 * This assumes what runs in between does not put a line break inside a
 * paragraph of the same root; no plugin of this package does.
 */
export const splitRoots = new WeakSet<Root>()

/**
 * Split paragraphs (and the sentences in them) at white space holding a line
 * break, but for the breaks of hard-wrapped text (see `runOnLines`), which
 * stay inside their paragraph, marked `lineWrap`. Idempotent; positions are
 * kept.
 */
export function splitParagraphsAtLineBreaks(tree: Root): void {
  if (splitRoots.has(tree)) return
  splitRoots.add(tree)
  const children: RootContent[] = []
  let changed = false
  let soft: ReadonlySet<number> | undefined

  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode' || !hasInnerBreak(child)) {
      children.push(child)
      continue
    }

    changed = true
    soft ??= wrappedBreaks(tree)
    const breaks = soft
    let current: Paragraph['children'] = []

    for (const part of flattenSentences(child, breaks)) {
      if (part.type === 'WhiteSpaceNode' && lineBreak.test(part.value) && !isWrap(part, breaks)) {
        pushParagraph(children, current)
        children.push(part)
        current = []
      } else {
        current.push(part)
      }
    }

    pushParagraph(children, current)
  }

  if (changed) tree.children = children
}

function hasInnerBreak(paragraph: Paragraph): boolean {
  for (const child of paragraph.children) {
    if (child.type === 'WhiteSpaceNode' && isBreak(child.value)) return true
    if (child.type === 'SentenceNode') {
      for (const part of child.children) {
        if (part.type === 'WhiteSpaceNode' && isBreak(part.value)) return true
      }
    }
  }

  return false
}

/** Whether white space holds a line break (every plugin asks, of every space). */
function isBreak(value: string): boolean {
  if (value.length === 1) {
    const code = value.charCodeAt(0)
    return code === 10 || code === 13
  }

  return lineBreak.test(value)
}

/** Paragraph children, with sentences split at line breaks (the breaks lifted out). */
function flattenSentences(paragraph: Paragraph, soft: ReadonlySet<number>): Paragraph['children'] {
  const result: Paragraph['children'] = []

  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      result.push(child)
      continue
    }

    let current: SentenceContent[] = []

    for (const part of child.children) {
      if (part.type === 'WhiteSpaceNode' && lineBreak.test(part.value) && !isWrap(part, soft)) {
        pushSentence(result, current)
        result.push(part)
        current = []
      } else {
        current.push(part)
      }
    }

    pushSentence(result, current)
  }

  return result
}

/**
 * Offsets of the line breaks of hard-wrapped text (see `runOnLines`), when
 * the tree’s positions are offsets into its own text (a tree of the whole
 * input, as `retext-english` builds); else none.
 */
function wrappedBreaks(tree: Root): ReadonlySet<number> {
  const result = new Set<number>()
  const text = textOf(tree)
  if (tree.position?.start.offset !== 0 || tree.position.end.offset !== text.length) return result
  const lines = readLines(text)
  const runsOn = runOnLines(text, lines)
  for (const [index, line] of lines.entries()) {
    if (!runsOn[index]) continue
    let at = line.end
    while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++
    result.add(at)
  }

  return result
}

/** Whether white space holds a line break of wrapped text; marks it `lineWrap` when so. */
function isWrap(node: WhiteSpace, soft: ReadonlySet<number>): boolean {
  if (soft.size === 0) return false
  const start = node.position?.start.offset
  if (start === undefined) return false
  const at = node.value.search(lineBreak)
  if (!soft.has(start + at)) return false
  node.data = {...node.data, lineWrap: true}
  return true
}

function pushSentence(target: Paragraph['children'], children: SentenceContent[]): void {
  if (children.length === 0) return
  const sentence: Sentence = {type: 'SentenceNode', children}
  spanChildren(sentence)
  target.push(sentence)
}

function pushParagraph(target: RootContent[], children: Paragraph['children']): void {
  // White space at the edges belongs between paragraphs.
  const leading: WhiteSpace[] = []
  const trailing: WhiteSpace[] = []
  while (children.length > 0 && children[0]!.type === 'WhiteSpaceNode') {
    leading.push(children.shift() as WhiteSpace)
  }

  while (children.length > 0 && children[children.length - 1]!.type === 'WhiteSpaceNode') {
    trailing.unshift(children.pop() as WhiteSpace)
  }

  target.push(...leading)
  if (children.length > 0) {
    const paragraph: Paragraph = {type: 'ParagraphNode', children}
    spanChildren(paragraph)
    target.push(paragraph)
  }

  target.push(...trailing)
}

function spanChildren(node: Paragraph | Sentence): void {
  const head = node.children[0]
  const tail = node.children[node.children.length - 1]
  if (head?.position && tail?.position) {
    node.position = {start: {...head.position.start}, end: {...tail.position.end}}
  }
}
