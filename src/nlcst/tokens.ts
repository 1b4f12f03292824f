/**
 * Tokens of a sentence with their offsets, and the shapes of words that
 * tell names apart: capitalised, in capitals, possessive. A word token also
 * carries what the tagger and the summary ask of it (its lexeme and content
 * stem), so the words are looked up once for all the analyses.
 */
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {lexemeOf, type Lexeme} from '../lexicon/lexeme.js'
import {memoize} from '../lexicon/memo.js'
import {contentStemOf} from '../lexicon/terms.js'
import type {Span} from '../types.js'
import {textOf} from './paragraphs.js'
import {wordText} from './text.js'
import {shapeOf, type WordShape} from './word-shapes.js'

export {isAllCaps, isCapitalised, withoutPossessive} from './word-shapes.js'

/** A token of a sentence with its offsets in the input. */
export interface Token extends Span {
  value: string
  /** `mark` is punctuation, symbols and anything else that is not a word or white space. */
  kind: 'word' | 'space' | 'mark'
  /** What the value says on its own. */
  shape: WordShape
  /** For a word, what the tagger reads of it (`lexemeOf(value)`); `undefined` for white space and marks. */
  lexeme: Lexeme | undefined
  /** For a word, its content stem (`contentStemOf(value)`: `''` for a stopword); `''` for white space and marks. */
  stem: string
}

/** The facts of a written word: one record, one lookup per word token, however many tables stand behind it. */
interface WordFacts {
  readonly shape: WordShape
  readonly lexeme: Lexeme
  readonly stem: string
}

const wordFactsOf = memoize(function (value: string): WordFacts {
  return {shape: shapeOf(value), lexeme: lexemeOf(value), stem: contentStemOf(value)}
}, 1 << 14)

/** The shape of `' '`, the value of most tokens that are no words: asked of the table once. */
let spaceShape: WordShape | undefined

/** Paragraphs this far from the top may be headlines (in Title Case). */
const headlineReach = 2
/** Capitalised function words that make a line in Title Case further down a subhead. */
const subheadFunctionWords = 2

/**
 * Tokens of a sentence, in order, with offsets (words as a whole: `U.S.`,
 * `Un’s`). The value of a line break of wrapped text (`lineWrap`) is `' '`.
 */
export function tokensOf(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  let cursor = sentence.position?.start.offset ?? 0

  for (const child of sentence.children) {
    const position = child.position
    if (child.type === 'WordNode') {
      const value = wordText(child)
      const start = position?.start.offset ?? cursor
      const end = position?.end.offset ?? start + value.length
      const facts = wordFactsOf(value)
      tokens.push({value, start, end, kind: 'word', shape: facts.shape, lexeme: facts.lexeme, stem: facts.stem})
      cursor = end
      continue
    }

    // A line break of wrapped text is a space between the words it parts.
    const value = child.type === 'WhiteSpaceNode' && child.data?.lineWrap ? ' ' : 'value' in child ? child.value : textOf(child)
    const start = position?.start.offset ?? cursor
    const end = position?.end.offset ?? start + value.length
    const shape = value === ' ' ? (spaceShape ??= shapeOf(' ')) : shapeOf(value)
    tokens.push({value, start, end, kind: kindOf(child), shape, lexeme: undefined, stem: ''})
    cursor = end
  }

  return tokens
}

function kindOf(child: SentenceContent): Token['kind'] {
  return child.type === 'WordNode' ? 'word' : child.type === 'WhiteSpaceNode' ? 'space' : 'mark'
}

/**
 * Whether a paragraph’s capitals say nothing: it is in capitals, or it is
 * one of the first paragraphs (or the headline) and in Title Case.
 */
export function isShouting(paragraph: Paragraph, words: readonly string[], index: number): boolean {
  const count = newCount()
  for (const word of words) countWord(count, shapeOf(word))
  return decide(paragraph, count, index)
}

/** `isShouting` of a paragraph given as the tokens of its sentences (only words count). */
export function isShoutingParagraph(paragraph: Paragraph, sentences: ReadonlyArray<readonly Token[]>, index: number): boolean {
  const count = newCount()
  for (const tokens of sentences) {
    for (const token of tokens) if (token.kind === 'word') countWord(count, token.shape)
  }

  return decide(paragraph, count, index)
}

/** Letters and case of the words of a paragraph. */
interface CaseCount {
  letters: number
  lowerCase: number
  lowerContent: number
  /** Whether some word has a lower-case letter. */
  lower: boolean
  /** Function words capitalised after the first word (`For`, `Her` of `Thanked Clinton For Her Courage`). */
  capitalFunction: number
}

function newCount(): CaseCount {
  return {letters: 0, lowerCase: 0, lowerContent: 0, lower: false, capitalFunction: 0}
}

function countWord(count: CaseCount, shape: WordShape): void {
  if (shape.hasLower) count.lower = true
  if (!shape.hasLetter || shape.leadingDigit) return
  count.letters++
  if (shape.capitalised && shape.stopword && count.letters > 1) count.capitalFunction++
  if (!shape.hasLower || shape.capitalised) return
  count.lowerCase++
  if (!shape.stopword) count.lowerContent++
}

function decide(paragraph: Paragraph, count: CaseCount, index: number): boolean {
  const {letters, lowerCase, lowerContent} = count
  if (letters === 0) return false
  if (!count.lower) return true
  const role = paragraph.data?.articleRole
  const headline = role === 'headline' || (role === undefined && index < headlineReach)
  // Title Case leaves only small function words in lower case; further down,
  // a line in Title Case that capitalises its function words too is a subhead
  // (`Clinton Thanked Them For Their Support`), where a list of names is not.
  if (lowerContent !== 0 || lowerCase >= letters / 2 || letters < 3) return false
  return headline || count.capitalFunction >= subheadFunctionWords
}
