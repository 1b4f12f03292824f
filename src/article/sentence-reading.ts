/**
 * The start of the article view: what the analyses read of each sentence,
 * worked out once per sentence node however many plugins ask.
 *
 * The entities and the quotes plugins both read every sentence as tokens
 * and as name runs; the summary and the digest read the body's sentences'
 * texts. Each asks here; the first computes, the second gets the
 * same arrays. A reading is kept with the node it was made from (a
 * `WeakMap`, so it goes with the tree) and only while the node's children
 * are the same array of the same length: a plugin that rebuilds a sentence
 * gets a fresh reading. Readings are shared: callers must not change them.
 */
import type {Sentence} from 'nlcst'
import {nodeReadings} from './node-readings.js'
import {nameRuns, type NameRun} from '../nlcst/names.js'
import {sentenceText} from '../nlcst/text.js'
import {tokensOf, type Token} from '../nlcst/tokens.js'

/** What is kept of one sentence. */
interface SentenceReading {
  /** The children array the reading was made from. */
  readonly children: Sentence['children']
  /** Its length then. */
  readonly length: number
  tokens?: readonly Token[]
  text?: string
}

const readingOf = nodeReadings<Sentence, SentenceReading>()
const runsOfTokens = new WeakMap<readonly Token[], readonly NameRun[]>()
/** Tokens under which a list’s name runs are not kept. */
const keptFromTokens = 8


/** Tokens of a sentence (`tokensOf`), made once per sentence node. */
export function sentenceTokens(sentence: Sentence): readonly Token[] {
  const reading = readingOf(sentence)
  reading.tokens ??= tokensOf(sentence)
  return reading.tokens
}

/**
 * Text of a sentence (`sentenceText(sentence, source)`: a slice of the input
 * where its leaves are), read once per sentence node. The summary and the
 * digest's statistics both read the body's sentences.
 */
export function sentenceTextOf(sentence: Sentence, source: string): string {
  const reading = readingOf(sentence)
  reading.text ??= sentenceText(sentence, source)
  return reading.text
}

/**
 * Name runs (`nameRuns`) of a list of tokens, made once per list: the lists
 * `sentenceTokens` gives are read by several plugins.
 */
export function tokenNameRuns(tokens: readonly Token[]): readonly NameRun[] {
  // A few tokens are read again: keeping their runs costs more (see `node-readings.ts`).
  if (tokens.length < keptFromTokens) return nameRuns(tokens)
  let runs = runsOfTokens.get(tokens)
  if (runs === undefined) {
    runs = nameRuns(tokens)
    runsOfTokens.set(tokens, runs)
  }

  return runs
}
