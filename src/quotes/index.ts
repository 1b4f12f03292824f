/**
 * Plugin: direct quotes and who said them.
 *
 * Quotes are found from their marks, paragraph by paragraph, in one pass; a
 * quote interrupted by its attribution (`“…,” he said, “…”`) is two quotes
 * with one speaker. Speakers come from the attribution around a quote, `he`
 * and `she` from the person last named, names in full as first written.
 */
import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {sentenceTokens, tokenNameRuns} from '../article/sentence-reading.js'
import type {NameRun} from '../nlcst/names.js'
import type {Token} from '../nlcst/tokens.js'
import {paragraphShouting, paragraphTextOf} from '../article/paragraph-reading.js'
import {paragraphsOf, sentencesOf, spanOf, textOf} from '../nlcst/paragraphs.js'
import {flowText} from '../nlcst/layout.js'
import {checkOptions} from '../options.js'
import {quotesOptionSchema} from './options.js'
import type {Quote} from '../types.js'
import {roleOf} from '../lexicon/titles.js'
import {cueAfter, cueBefore, type Cue} from './attribution.js'
import {quoteMarks, type QuoteMarks, type SingleQuotes} from './marks.js'
import {People} from './people.js'
import {placeReferenceEnds} from '../nlcst/html-references.js'
import {textPlaces, type TextPlaces} from '../nlcst/text.js'

/** Options of `retextArticleQuotes`. */
export interface Options {
  /**
   * Fewest words a quote must have to be reported (default: `1`, every
   * quote). Use `3` to leave out scare quotes such as “invincible alliance”.
   */
  minQuoteWords?: number | null | undefined
  /** @deprecated The older name of `minQuoteWords`. */
  minimumWords?: number | null | undefined
}

export type {Options as QuotesOptions}


/** A paragraph read for quotes. */
interface Reading {
  /** Index of the paragraph among those read. */
  index: number
  text: string
  /** Offset of the paragraph in the input. */
  base: number
  quotes: QuoteMarks[]
  /** Name runs of the paragraph, by start. */
  runs: NameRun[]
  /** Starts of its sentences, relative to the paragraph. */
  sentences: number[]
  /** Where the text’s characters sit in the input. */
  places: TextPlaces
}

const word = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu
const onlySpace = /^\s*$/
const quoteMark = /["“”„«»]/
const doubleMark = /["“„«]/
// A single quote opening or closing a token (`'We`, `appeal,'`, `‘`), not one inside a word (`Un’s`).
const singleMark = /^['‘]|['’]$/
// A quote of this many words or fewer is a scare quote: it takes no speaker from its neighbours.
const scareQuoteWords = 2
// Most words of a role in apposition (`, the company’s chief executive,`).
const appositionWords = 5
const determinerBefore = /\b(?:a|an|the|its|his|her|their|this|that|our|my|your)\s+$/i

/**
 * Find direct quotes and their speakers, and store them in `file.data.quotes`,
 * in input order.
 */
export function retextArticleQuotes(options?: Options | null) {
  const settings = checkOptions('retextArticleQuotes', options, quotesOptionSchema)
  const minimumWords = settings.minQuoteWords ?? quotesOptionSchema.minQuoteWords.default

  return function (tree: Root, file: VFile): undefined {
    placeReferenceEnds(tree, file)
    splitParagraphsAtLineBreaks(tree)
    const people = new People()
    const readings: Reading[] = []

    const paragraphs = paragraphsOf(tree).filter(isRead)
    // A story that quotes in double marks keeps single ones for quotes within quotes, scare quotes and headlines.
    const source = String(file)
    const singles: SingleQuotes = paragraphs.some((paragraph) => doubleMark.test(paragraphTextOf(paragraph, source))) ? 'speech' : 'all'
    const jumps = (file.data.htmlReferences?.length ?? 0) > 0
    for (const [index, paragraph] of paragraphs.entries()) {
      const reading = read(paragraph, index, people, singles, jumps, source)
      if (reading) readings.push(reading)
    }

    people.finish()
    const quotes = attribute(readings, people)
    file.data.quotes = minimumWords > 1 ? quotes.filter((quote) => countWords(quote.text) >= minimumWords) : quotes
  }
}

/** Quotes of the paragraphs read, with their speakers, in order. */
function attribute(readings: Reading[], people: People): Quote[] {
  const quotes: Quote[] = []
  let last: {speaker: string; paragraph: number} | undefined
  // A quote left open at the end of a paragraph, waiting for the speaker of the next.
  let open: {quote: Quote; paragraph: number} | undefined

  for (const {index: paragraph, text, base, quotes: marksList, runs, sentences, places} of readings) {
    let previous: {close: number; speaker: string | null} | undefined

    for (const [index, marks] of marksList.entries()) {
      const limit = marksList[index + 1]?.open ?? text.length
      const sentence = sentenceStart(sentences, marks.open)
      const from = previous ? Math.max(sentence, previous.close + 1) : sentence
      const after = cueAfter(text, base, marks.close + 1, limit, runs)
      // `according to a transcript` names a source: the speaker may be named before.
      const value = text.slice(marks.start, marks.end)
      let cue = after === undefined || after.kind === 'source' ? (cueBefore(text, base, from, marks.open, runs) ?? after) : after
      // A term quoted inside a noun phrase takes no speaker from the subject of its sentence alone (`Kim hailed an “iron bond”`).
      if (cue?.kind === 'name' && cue.subject && countWords(value) <= scareQuoteWords && determinerBefore.test(text.slice(Math.max(0, marks.open - 12), marks.open))) {
        cue = undefined
      }
      let speaker = cue ? speakerOf(cue, people, base + marks.open) : null

      if (!cue && countWords(value) > scareQuoteWords) {
        if (previous && previous.close >= sentence) {
          // `“…,” said Jane Roe, “…”`: the attribution between serves both.
          speaker = previous.speaker
        } else if (onlySpace.test(text.slice(sentence, marks.open)) && last && last.paragraph >= paragraph - 1) {
          // A quote opening its sentence with no attribution goes on from the last speaker.
          speaker = last.speaker
        }
      }

      // `“…` ending one paragraph and `“…,” she said.` opening the next: one speaker.
      if (open && open.paragraph === paragraph - 1 && index === 0 && marks.open === 0 && speaker !== null) {
        open.quote.speaker = speaker
      }

      const quote: Quote = {text: flowText(value), speaker, start: places.toSource(marks.start), end: places.toSource(marks.end)}
      quotes.push(quote)
      open = !marks.closed && speaker === null ? {quote, paragraph} : undefined
      previous = {close: marks.close, speaker}
      if (speaker !== null) last = {speaker, paragraph}
    }
  }

  return quotes
}

function countWords(value: string): number {
  return value.match(word)?.length ?? 0
}

function isRead(paragraph: Paragraph): boolean {
  const data = paragraph.data
  return !data || (!data.boilerplate && data.articleRole !== 'byline' && data.articleRole !== 'signoff')
}

/**
 * Quote marks and name runs of a paragraph; people go to `people`. Offsets
 * of the runs, and those the attribution works with, are the paragraph’s
 * start plus an index into its text (the input’s offsets, but for the
 * characters of HTML references): `places` turns the quotes’ into the input’s.
 */
function read(paragraph: Paragraph, index: number, people: People, singles: SingleQuotes, jumps: boolean, source: string): Reading | undefined {
  const span = spanOf(paragraph)
  if (!span) return undefined
  const nodes = sentencesOf(paragraph)
  const tokens = nodes.map(sentenceTokens)
  // Most paragraphs quote no one: their text is never needed.
  const text = hasQuoteMark(paragraph, tokens) ? paragraphTextOf(paragraph, source) : ''
  const shouting = paragraphShouting(paragraph, tokens, index)
  const role = paragraph.data?.articleRole
  // Headlines quote in single marks by habit (`Mayor: ‘No Deal’`): only the story’s own are read.
  const quotes = quoteMarks(text, shouting || role === 'headline' || role === 'dek' ? 'none' : singles)
  const runs: NameRun[] = []

  // In a headline in Title Case every word looks like a name: leave it to the body.
  if (!shouting) {
    for (const list of tokens) {
      for (const run of tokenNameRuns(list)) {
        if (run.kind !== 'name') continue
        // `Ana Ruiz, the mayor,` and `the city engineer, Paul Okoro,`: the role in apposition is theirs, as a title would be.
        const role =
          run.title !== undefined ? undefined : (run.after === ',' ? roleInApposition(list, run.end) : undefined) ?? (run.before === ',' ? roleBeforeName(list, run.start) : undefined)
        runs.push(role === undefined ? run : {...run, title: role})
      }
    }
  }

  const places = textPlaces(paragraph, jumps)
  if (jumps) {
    for (const [at, run] of runs.entries()) {
      runs[at] = {...run, start: span.start + places.toText(run.start), end: span.start + places.toText(run.end)}
    }
  }

  // Runs and quotes are both in order: one walk tells which runs are quoted.
  let quote = 0
  for (const run of runs) {
    const at = run.start - span.start
    while (quote < quotes.length && quotes[quote]!.close <= at) quote++
    const current = quotes[quote]
    people.add(run, current !== undefined && current.open < at)
  }

  if (quotes.length === 0) return undefined
  const sentences: number[] = []
  for (const sentence of nodes) {
    const start = spanOf(sentence)?.start
    if (start !== undefined) sentences.push(places.toText(start))
  }

  return {index, text, base: span.start, quotes, runs, sentences, places}
}

/**
 * The role named in apposition after a name ending at `end`: `, the mayor,`,
 * `, Acme’s chief executive,`, `, a lawyer.` (a few words, the last a role).
 */
function roleInApposition(tokens: readonly Token[], end: number): string | undefined {
  // The first token ending after `end` (binary search: a list of names stays linear).
  let index = 0
  let high = tokens.length
  while (index < high) {
    const middle = (index + high) >>> 1
    if (tokens[middle]!.end <= end) index = middle + 1
    else high = middle
  }

  if (tokens[index]?.value !== ',') return undefined
  let last: Token | undefined
  let words = 0
  for (index++; index < tokens.length && words <= appositionWords; index++) {
    const token = tokens[index]!
    if (token.kind === 'space') continue
    if (token.kind === 'mark') return token.value === ',' || token.value === '.' ? (last && roleOf(last.value) !== undefined ? last.shape.normal : undefined) : undefined
    words++
    last = token
  }

  return undefined
}

/**
 * The role set before a name in apposition (`the city engineer, Paul
 * Okoro`): the word before the comma, when it names a role and `the` or `a`
 * opens the phrase a few words earlier.
 */
function roleBeforeName(tokens: readonly Token[], start: number): string | undefined {
  let index = 0
  while (index < tokens.length && tokens[index]!.end <= start) index++
  // Back past the space and the comma before the name.
  index--
  while (index >= 0 && tokens[index]!.kind === 'space') index--
  if (tokens[index]?.value !== ',') return undefined
  let role: Token | undefined
  let words = 0
  for (index--; index >= 0 && words <= appositionWords; index--) {
    const token = tokens[index]!
    if (token.kind === 'space') continue
    if (token.kind === 'mark') return undefined
    role ??= token
    words++
    if (token.shape.lower === 'the' || token.shape.lower === 'a') {
      return words > 1 && roleOf(role.value) !== undefined ? role.shape.normal : undefined
    }
  }

  return undefined
}

/** Whether a quote mark (`"`, `“`, `«`, `‘`…) appears anywhere in a paragraph. */
function hasQuoteMark(paragraph: Paragraph, tokens: ReadonlyArray<readonly Token[]>): boolean {
  for (const list of tokens) for (const token of list) if (token.shape.quoteMark || singleMark.test(token.value)) return true
  for (const child of paragraph.children) if (child.type !== 'SentenceNode' && (quoteMark.test(textOf(child)) || singleMark.test(textOf(child)))) return true
  return false
}

function speakerOf(cue: Cue, people: People, offset: number): string | null {
  if (cue.kind === 'name') return people.nameOf(cue.run)
  if (cue.kind === 'role') return people.withRole(cue.word, offset) ?? null
  return cue.kind === 'pronoun' ? (people.before(offset) ?? null) : null
}

/** Start of the sentence holding `offset` (relative to the paragraph). */
function sentenceStart(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (starts[middle]! <= offset) low = middle + 1
    else high = middle
  }

  return starts[low - 1] ?? 0
}
