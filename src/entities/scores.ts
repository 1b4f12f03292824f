/**
 * Results lines: `Lakeside 3 Dunmore 1`, `Harwick 22 14 .611`,
 * `Brackley 212 and 96-4 (…), Ostend 180`. A name with a score right after
 * it, in a line that holds at least two scores, is a side in a match: a
 * team or club, which a reader takes for an organisation even when it bears
 * a city’s name. A country keeps its reading (national sides are places in
 * the usual convention), and so does a name that reads as a person’s
 * (`A. Dale 69`, `Lena Ortiz 68`).
 */
import {isCountry} from '../lexicon/gazetteer.js'
import type {Token} from '../nlcst/tokens.js'
import type {Span} from '../types.js'

// `3`, `42`, `4-38`, `296.` (a score closing the sentence), `.556`.
const score = /^(?:\d{1,3}(?:-\d{1,3})?\.?|\.\d{3})$/
// What may follow a score in a results line: another score, the next side, brackets, a list mark.
const afterScore = /^(?:[,;:)(\-–—]|\d|\.\d|and$|\p{Lu})/u
const initial = /^\p{Lu}\.$/u

/** Scores in a sentence, by the end offset of the name right before each: `undefined` when it is no results line. */
export function scoredEnds(tokens: readonly Token[]): Set<number> | undefined {
  let scores = 0
  for (const token of tokens) if (token.kind === 'word' && token.shape.leadingDigit && score.test(token.value)) scores++
  if (scores < 2) return undefined

  const ends = new Set<number>()
  for (let index = 0; index + 2 < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !token.shape.capitalised || token.shape.hasDigit) continue
    if (tokens[index + 1]!.kind !== 'space' || !tokens[index + 1]!.shape.inlineSpace) continue
    const number = tokens[index + 2]!
    if (number.kind !== 'word' || !score.test(number.value)) continue
    const next = tokens[index + 3]
    const following = next?.kind === 'space' ? tokens[index + 4] : next
    if (following === undefined || afterScore.test(following.value)) ends.add(token.end)
  }

  return ends.size > 0 ? ends : undefined
}

/**
 * Whether a name ending at a scored offset is a side: one word, a place that
 * is no country, or a name in capitals; never one with a title or an initial.
 */
export function isSide(name: Span & {words: readonly string[]; place: string | undefined; title?: string | undefined}, ends: ReadonlySet<number> | undefined): boolean {
  if (!ends?.has(name.end) || name.title !== undefined) return false
  if (name.place !== undefined) return !isCountry(name.place)
  if (name.words.some((word) => initial.test(word))) return false
  return name.words.length === 1 || name.words.every((word) => word === word.toUpperCase())
}
