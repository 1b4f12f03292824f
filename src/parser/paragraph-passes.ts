/**
 * parse-latin's paragraph passes, one made cheaper without changing what it
 * does.
 *
 * `breakImplicitSentences` splits a sentence at white space holding two or
 * more line breaks. To find such white space it turns every white space of
 * every sentence into a string and splits that with a pattern: a tenth of
 * what a parse allocates. `retextArticleEnglish` parses one line at a time,
 * so its paragraphs hold no line break at all: here the pass runs only on a
 * paragraph that has a line break inside a sentence, and does nothing (as
 * it would have) on the others.
 *
 * The pass is not exported by name; it is found once by what it does to a
 * sentence with a blank line inside. If no pass, or more than one, does
 * that (another parse-latin), the passes are left as they are.
 */
import type {Paragraph, Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'

/** A paragraph pass of parse-latin. */
type ParagraphPass = ParseEnglish['tokenizeParagraphPlugins'][number]

/** The pass found, and the cheaper one to use instead (once found: `null` when none). */
let found: {original: ParagraphPass; cheaper: ParagraphPass} | null | undefined

/**
 * Put the cheaper pass in place of `breakImplicitSentences` in `passes` (a
 * parser's own list, changed in place).
 */
export function lightenParagraphPasses(passes: ParagraphPass[]): void {
  found ??= findSentenceBreaks(ParseEnglish.prototype.tokenizeParagraphPlugins)
  if (found === null) return
  const index = passes.indexOf(found.original)
  if (index !== -1) passes[index] = found.cheaper
}

/** `breakImplicitSentences` among `passes`, with its cheaper stand-in, or `null`. */
function findSentenceBreaks(passes: readonly ParagraphPass[]): {original: ParagraphPass; cheaper: ParagraphPass} | null {
  const breaking = passes.filter(splitsAtBlankLine)
  if (breaking.length !== 1) return null
  const original = breaking[0]!
  return {
    original,
    cheaper(paragraph) {
      if (hasInnerLineBreak(paragraph)) original(paragraph)
    }
  }
}

/** Whether `pass` splits a sentence with a blank line inside (and nothing else does: see `findSentenceBreaks`). */
function splitsAtBlankLine(pass: ParagraphPass): boolean {
  const word = (value: string) => ({type: 'WordNode' as const, children: [{type: 'TextNode' as const, value}]})
  const sentence: Sentence = {type: 'SentenceNode', children: [word('one'), {type: 'WhiteSpaceNode', value: '\n\n'}, word('two')]}
  const paragraph: Paragraph = {type: 'ParagraphNode', children: [sentence]}
  try {
    pass(paragraph)
  } catch {
    return false
  }

  return paragraph.children.length === 3 && paragraph.children[1]!.type === 'WhiteSpaceNode'
}

/**
 * Whether a sentence of `paragraph` holds white space with a line break
 * (`\n` or `\r`) between its first and last child: only there may
 * `breakImplicitSentences` split.
 */
export function hasInnerLineBreak(paragraph: Paragraph): boolean {
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    for (let index = 1; index < children.length - 1; index++) {
      const node = children[index]!
      if (node.type === 'WhiteSpaceNode' && (node.value.includes('\n') || node.value.includes('\r'))) return true
    }
  }

  return false
}
