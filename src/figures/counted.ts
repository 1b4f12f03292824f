/**
 * What a number counts: the head of the noun phrase after it, past its
 * modifiers and hyphenated compounds (`120 maintenance jobs` → `jobs`,
 * `40 hydrogen-powered trains` → `trains`), or of the `of` phrase after a
 * unit (`3,000 tonnes of grain` → `grain`).
 */
import {isStopword} from '../lexicon/stopwords.js'

/** The counted noun, and where the phrase that holds it ends. */
export interface Counted {
  what: string
  end: number
}

/**
 * How a phrase without a plural names its head: `first` for counts (`a 20
 * minute drive` counts minutes; a singular alone counts nothing), `last` for
 * money and `of` phrases (`a $2bn takeover bid` is a bid).
 */
export type HeadRule = 'first' | 'last'

// Words that stand before a head and never are one.
const modifiers = new Set(['new', 'more', 'other', 'additional', 'extra', 'young', 'old', 'small', 'large', 'big', 'major', 'foreign', 'further', 'last', 'next', 'many', 'few', 'own'])
const irregularPlurals = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'feet', 'cattle', 'personnel', 'troops', 'sheep', 'fish', 'deer', 'aircraft', 'livestock', 'data', 'media', 'crew'])
// Words in -s that are not plurals.
const notPlural = new Set(['news', 'series', 'species', 'gas', 'bus', 'status', 'crisis', 'analysis', 'basis', 'campus', 'virus', 'bonus', 'census', 'chaos', 'lens', 'plus', 'thus', 'alias', 'atlas', 'canvas', 'corpus', 'thesis', 'diagnosis'])
const opening = /\s(?:of\s(?:(?:the|a|an|his|her|their|its|our|your|those|these|them)\s)?)?/y
const word = /(\p{Lu}?\p{Ll}[\p{Ll}-]{0,30})(?![\p{L}\p{N}'’])/uy
const space = /\s/y
const verbEnding = /(?:ed|ing|ly)$/
// Words in a phrase: a head and its modifiers, a few at most.
const longestPhrase = 4

/** Whether a noun reads as a plural (`jobs`, `people`). */
export function isPlural(noun: string): boolean {
  if (irregularPlurals.has(noun)) return true
  return noun.length > 2 && noun.endsWith('s') && !noun.endsWith('ss') && !noun.endsWith('us') && !notPlural.has(noun)
}

/**
 * The noun a number counts, read from `end` (just after the number and its
 * unit); `ofOnly` asks for an `of` phrase (after a unit: `150 metres tall`
 * counts nothing). `null` when nothing is counted.
 */
export function countedAfter(text: string, end: number, rule: HeadRule, ofOnly: boolean): Counted | null {
  opening.lastIndex = end
  const open = opening.exec(text)
  if (!open) return null
  if (ofOnly && open[0].length < 3) return null
  let index = opening.lastIndex
  const words: Array<{value: string; end: number}> = []
  while (words.length < longestPhrase) {
    word.lastIndex = index
    const match = word.exec(text)
    if (!match) break
    const value = match[1]!
    const lower = value.toLowerCase()
    if (isStopword(lower) && !modifiers.has(lower)) break
    words.push({value, end: word.lastIndex})
    space.lastIndex = word.lastIndex
    if (!space.exec(text)) break
    index = space.lastIndex
  }

  return headOf(words, rule)
}

function headOf(words: ReadonlyArray<{value: string; end: number}>, rule: HeadRule): Counted | null {
  // The last plural of the first run of plurals: `100 police officers`, `5,000 troops crossed`.
  let head: {value: string; end: number} | undefined
  for (const candidate of words) {
    const plural = isHead(candidate.value) && isPlural(candidate.value)
    if (plural) head = candidate
    else if (head) break
  }

  if (head) return {what: head.value, end: head.end}
  // No plural: a singular head, before anything that reads as a verb.
  const phrase: Array<{value: string; end: number}> = []
  for (const candidate of words) {
    if (!candidate.value.includes('-') && verbEnding.test(candidate.value)) break
    phrase.push(candidate)
  }

  const heads = phrase.filter((candidate) => isHead(candidate.value))
  // A count before a singular is a compound modifier (`a 20 minute drive`), never a lone word (`4 won`).
  if (rule === 'first' && phrase.length < 2) return null
  const chosen = rule === 'first' ? heads[0] : heads.at(-1)
  return chosen ? {what: chosen.value, end: chosen.end} : null
}

/** Whether a word may head the phrase: lower case, not a modifier. */
function isHead(value: string): boolean {
  return value === value.toLowerCase() && !modifiers.has(value)
}
