/**
 * Read paragraphs into the words the tagger needs: each word node with its
 * text, whether its capital can be trusted, and whether anything but white
 * space stands before it (a chunk of words never spans a comma). Offsets are
 * left in the nodes: most words never need theirs.
 * Then tag them, with what the whole text says about each word’s capital.
 */
import type {Paragraph, Sentence, Word} from 'nlcst'
import {sentenceTokens} from '../article/sentence-reading.js'
import type {Lexeme} from '../lexicon/lexeme.js'
import {isShouting} from '../nlcst/tokens.js'
import {tagWords, type CaseEvidence, type TagInput} from './tag.js'

/** A word of a sentence, ready to tag. */
export interface ReadWord extends TagInput {
  /** The word node (its position gives its offsets, read only where needed). */
  node: Word
  /** Whether only white space separates it from the word before (false for the first word). */
  joined: boolean
}

/** A sentence as words, with the index of its paragraph among those read. */
export interface ReadSentence<W extends ReadWord = ReadWord> {
  words: W[]
  paragraph: number
}

/**
 * Make the object of a word (`shouting` is set after, for the whole
 * paragraph). A caller with more to say about each word makes a larger
 * object once, rather than copying this one.
 */
export type MakeWord<W extends ReadWord> = (node: Word, value: string, lexeme: Lexeme, initial: boolean, joined: boolean) => W

function makeReadWord(node: Word, value: string, lexeme: Lexeme, initial: boolean, joined: boolean): ReadWord {
  return {node, value, lexeme, initial, shouting: false, joined}
}

const openers = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '«', '…'])
const lowerLetter = /\p{Ll}/u
/** Paragraphs this far from the top may be headlines when no structure plugin said (as `isShouting` has it). */
const headlineReach = 2

/**
 * Read the sentences of `paragraphs`; `offset` is the index of the first
 * among all paragraphs (for headline guesses), `make` makes each word.
 */
export function readParagraphs(paragraphs: readonly Paragraph[], offset?: number): ReadSentence[]
export function readParagraphs<W extends ReadWord>(paragraphs: readonly Paragraph[], offset: number, make: MakeWord<W>): Array<ReadSentence<W>>
export function readParagraphs(paragraphs: readonly Paragraph[], offset = 0, make: MakeWord<ReadWord> = makeReadWord): ReadSentence[] {
  const result: ReadSentence[] = []
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!
    const first = result.length
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') result.push({words: readSentence(child, make), paragraph: index})
    }

    // Words are made not shouting: only a shouting paragraph changes them.
    if (mayShout(paragraph, result, first, index + offset) && isShouting(paragraph, valuesFrom(result, first), index + offset)) {
      for (let sentence = first; sentence < result.length; sentence++) for (const word of result[sentence]!.words) word.shouting = true
    }
  }

  return result
}

/**
 * Whether a paragraph (its sentences are those of `sentences` from `first`)
 * may be shouting: it is (or may be) a headline, or no word of it is in
 * lower case. A quick test before the full one, which looks every word up.
 */
function mayShout(paragraph: Paragraph, sentences: readonly ReadSentence[], first: number, index: number): boolean {
  const role = paragraph.data?.articleRole
  if (role === 'headline' || (role === undefined && index < headlineReach)) return true
  for (let sentence = first; sentence < sentences.length; sentence++) {
    for (const word of sentences[sentence]!.words) if (lowerLetter.test(word.value)) return false
  }

  return true
}

function valuesFrom(sentences: readonly ReadSentence[], first: number): string[] {
  const values: string[] = []
  for (let sentence = first; sentence < sentences.length; sentence++) for (const word of sentences[sentence]!.words) values.push(word.value)
  return values
}

/**
 * The words of a sentence, their values and lexemes taken from its tokens
 * (`sentenceTokens`, one token per child, shared with the other analyses).
 */
function readSentence(sentence: Sentence, make: MakeWord<ReadWord>): ReadWord[] {
  const words: ReadWord[] = []
  const children = sentence.children
  const tokens = sentenceTokens(sentence)
  let initial = true
  let joined = false

  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'WordNode') {
      const token = tokens[index]!
      words.push(make(child, token.value, token.lexeme!, initial, joined && words.length > 0))
      initial = false
      joined = true
    } else if (child.type === 'WhiteSpaceNode') {
      // A line break inside a sentence (a heading glued to its text) breaks a
      // phrase; one of wrapped text (`lineWrap`) is a space.
      const value = child.value
      if (value !== ' ' && !child.data?.lineWrap && (value.includes('\n') || value.includes('\r'))) joined = false
    } else {
      if (openers.has(child.value)) initial = true
      joined = false
    }
  }

  return words
}

/**
 * What the text says about each word’s capital: written with one inside a
 * sentence of plain text (a name), or without (a common word), whichever is
 * more often.
 */
export function caseEvidence(sentences: readonly ReadSentence[]): CaseEvidence {
  // Only words whose own capital says nothing ask: count votes for those.
  // A sieve before the set: a bit per length and first letter of the words
  // asked; most words miss it, and a bit test costs less than a lookup.
  const asked = new Set<string>()
  const sieve = new Int32Array(16)
  for (const {words} of sentences) {
    for (const word of words) {
      if ((!word.shouting && !word.initial) || !word.lexeme.capitalised) continue
      const base = word.lexeme.base
      asked.add(base)
      sieve[base.length & 15]! |= 1 << (base.charCodeAt(0) & 31)
    }
  }

  const votes = new Map<string, number>()
  if (asked.size > 0) {
    for (const {words} of sentences) {
      for (const word of words) {
        if (word.shouting || word.initial) continue
        const lexeme = word.lexeme
        const vote = lexeme.capitalised ? 1 : lexeme.lowered ? -1 : 0
        if (vote === 0) continue
        const base = lexeme.base
        if ((sieve[base.length & 15]! & (1 << (base.charCodeAt(0) & 31))) !== 0 && asked.has(base)) votes.set(base, (votes.get(base) ?? 0) + vote)
      }
    }
  }

  return function (lower) {
    const vote = votes.get(lower)
    return vote === undefined || vote === 0 ? undefined : vote > 0 ? 'proper' : 'common'
  }
}

/** Penn tags of the words of each sentence, in order. */
export function tagSentences(sentences: readonly ReadSentence[]): string[][] {
  const evidence = caseEvidence(sentences)
  const tags: string[][] = []
  for (const sentence of sentences) tags.push(tagWords(sentence.words, evidence))
  return tags
}
