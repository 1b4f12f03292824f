/**
 * Numbers with what they count: `roughly 15,000 troops`, `$1.13bn`, `40%`,
 * `five years`. A bare four-digit number in a time context (`in 2025`) is a
 * year, and read as a date instead.
 */
import {isStopword} from '../lexicon/stopwords.js'
import {insidePair, isAsciiAlphanumeric, matchesNear, type Anchor} from './scan.js'

/** A number found in a text; offsets into that text. */
export interface FoundNumber {
  /** The figure as written, with its hedge and what it counts (`roughly 15,000 troops`). */
  text: string
  value: number | null
  unit: string | null
  what: string | null
  start: number
  end: number
  /** Set when the number is a year (`2025`) rather than a count. */
  year: boolean
}

const ones = 'one two three four five six seven eight nine'.split(' ')
const teens = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ')
const tens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ')
const wordValues = new Map<string, number>([['dozen', 12], ['hundred', 100]])
for (const [index, word] of ones.entries()) wordValues.set(word, index + 1)
for (const [index, word] of teens.entries()) wordValues.set(word, index + 10)
for (const [index, word] of tens.entries()) wordValues.set(word, (index + 2) * 10)

const scales = new Map<string, number>([
  ['thousand', 3],
  ['k', 3],
  ['million', 6],
  ['mn', 6],
  ['m', 6],
  ['billion', 9],
  ['bn', 9],
  ['trillion', 12],
  ['tn', 12]
])

const units = new Map<string, string>([
  ['%', '%'],
  ['percent', '%'],
  ['per cent', '%'],
  ['pct', '%'],
  ['percentage point', 'percentage points'],
  ['percentage points', 'percentage points']
])

const hedges =
  'about|around|roughly|nearly|almost|approximately|some|more than|less than|fewer than|up to|at least|at most|as many as|as much as|an estimated|close to|just over|just under|well over|well under'
/** Number words, as anchors: every spelled number starts with one. */
export const numberWords: readonly string[] = [...tens, ...teens, ...ones, 'dozen', 'hundred']
const wordNumber = `(?:${tens.join('|')})-(?:${ones.join('|')})|${numberWords.join('|')}`
const measures = 'km|kilometres|kilometers|miles|kg|kilograms|tonnes|tons|metres|meters|feet|ft|mph|km/h|degrees|barrels'

const hedgePattern = `(?:(${hedges})\\s)?`
const currencyPattern = `((?:US|C|A|HK|NZ|S)\\$|[$€£¥₹])?`
// The currencies `currencyPattern` reads.
const currencies = ['US$', 'C$', 'A$', 'HK$', 'NZ$', 'S$', '$', '€', '£', '¥', '₹']
// Every quantifier bounded, so a run of digits costs its length, once. Groups, in order:
// 1 hedge, 2 currency, 3 number, 4 scale, 5 short scale (`m`, `k`), 6 unit, 7 measure, 8 degree
// (numbered: named groups cost an object on every match).
const numberPattern = new RegExp(
  `(?<![\\p{L}\\p{N}.,$€£¥₹])` +
    hedgePattern +
    currencyPattern +
    `(\\d{1,3}(?:,\\d{3}){1,6}(?:\\.\\d{1,6})?|\\d{1,12}(?:\\.\\d{1,6})?|${wordNumber})` +
    `(?:\\s?(thousand|million|billion|trillion|bn|mn|tn)|([mk]))?` +
    `(?:\\s?(%|percent|per cent|pct|percentage points?)|\\s?(${measures})|(°[CF]?))?` +
    `(?![\\p{L}\\p{N}])`,
  'iuy'
)

/** How far a number may start before its digits or words: a hedge, a space and a currency (`US$`). */
export const numberReach = longest(hedges.split('|')) + 1 + longest(currencies)

/**
 * Characters that open a hedge or a currency, in either case (and `ſ`,
 * which folds onto `s`; none opens with `k`, onto which the Kelvin sign
 * folds): what stands before the number of a match that starts earlier.
 */
const opensPrefix = new Set<number>()
for (const prefix of [...hedges.split('|'), ...currencies]) {
  const first = prefix.charAt(0).toLowerCase()
  for (const char of [first, first.toUpperCase(), first === 's' ? 'ſ' : first]) opensPrefix.add(char.charCodeAt(0))
}

/**
 * Whether a number may start at `index`, for the digits or words at `at`:
 * the pattern opens by refusing a letter, digit, `.`, `,` or currency sign
 * before it, and only a hedge or a currency comes before the number.
 */
function mayStart(text: string, index: number, at: number): boolean {
  if (index < at && !opensPrefix.has(text.charCodeAt(index))) return false
  if (index === 0) return true
  const code = text.charCodeAt(index - 1)
  if (isAsciiAlphanumeric(code) || code === 46 || code === 44 || code === 36 || code === 0xa3 || code === 0xa5 || code === 0x20ac || code === 0x20b9) return false
  return !insidePair(text, index)
}

const counted = /\s(?:of\s(?:the\s|a\s|an\s|his\s|her\s|their\s|its\s|our\s|your\s|those\s|these\s)?)?(?:(?:new|more|other|additional|extra|young|old|small|large|big|major|foreign)\s)?(\p{Ll}[\p{Ll}-]{1,30})(?![\p{L}])/uy
const yearCues = new Set(['in', 'since', 'of', 'by', 'until', 'till', 'from', 'to', 'through', 'between', 'during', 'early', 'late', 'mid', 'before', 'after', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'and', 'or', 'the'])
const previousWord = /([\p{L}]+)[\s-]*$/u
const verbEnding = /(?:ed|ing|ly)$/
const irregularPlurals = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'feet', 'cattle', 'personnel', 'troops'])

/**
 * Numbers in `text`, in order, with offsets into `text`; `anchors` are the
 * starts of its digits and number words (`anchorsOf(text).numbers`).
 */
export function findNumbers(text: string, anchors: readonly Anchor[]): FoundNumber[] {
  const found: FoundNumber[] = []
  for (const match of matchesNear(text, numberPattern, anchors, mayStart)) {
    const [, hedge, currency, written = '', writtenScale, short, writtenUnit, measure, degree] = match
    const start = match.index
    let end = start + match[0].length
    // Written in digits or in words, never both.
    const wordy = !isDigit(written.charCodeAt(0))
    const scale = writtenScale ?? (short && currency ? short : undefined)
    const unit = writtenUnit ? units.get(writtenUnit.toLowerCase())! : (currency ?? measure ?? degree ?? (short && !scale ? short : null))
    counted.lastIndex = end
    const noun = counted.exec(text)
    const what = noun && !isStopword(noun[1]!) && !verbEnding.test(noun[1]!) ? noun[1]! : null

    const plain = !currency && !scale && !short && unit === null
    // `in 2025`, `around 2000`: a year, written alone; the hedge stays out of the date.
    const numberStart = start + (hedge ? hedge.length + 1 : 0)
    if (plain && /^\d{4}$/.test(written) && isYear(text, numberStart, Number(written), what)) {
      found.push({text: written, value: Number(written), unit: null, what: null, start: numberStart, end: numberStart + 4, year: true})
      continue
    }

    // A number word with nothing counted is grammar (`the two last met`, `no one knows`), not a figure.
    if (wordy && (!what || !countable(what) || written.toLowerCase() === 'one')) continue
    if (what) end = counted.lastIndex
    found.push({text: text.slice(start, end), value: valueOf(written, scale), unit, what, start, end, year: false})
  }

  return found
}

function longest(values: readonly string[]): number {
  return Math.max(...values.map((value) => value.length))
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Whether a noun after a number word reads as a plural (`years`, `people`). */
function countable(noun: string): boolean {
  return noun.endsWith('s') || irregularPlurals.has(noun)
}

function isYear(text: string, start: number, value: number, what: string | null): boolean {
  if (value < 1800 || value > 2100) return false
  const before = previousWord.exec(text.slice(Math.max(0, start - 20), start))
  if (before && yearCues.has(before[1]!.toLowerCase())) return true
  // `2,000 troops` is written with a comma; `2000 troops` is still a count.
  return what === null
}

function valueOf(written: string, scale: string | undefined): number | null {
  const lower = written.toLowerCase()
  let base: string
  if (/\d/.test(lower)) {
    base = lower.replace(/,/g, '')
  } else if (lower.includes('-')) {
    const [ten = '', one = ''] = lower.split('-')
    base = String((wordValues.get(ten) ?? 0) + (wordValues.get(one) ?? 0))
  } else {
    const value = wordValues.get(lower)
    if (value === undefined) return null
    base = String(value)
  }

  // Scale in the exponent, so `1.13bn` is exactly 1130000000.
  const exponent = scale ? (scales.get(scale.toLowerCase()) ?? 0) : 0
  const value = Number(`${base}e${exponent}`)
  return Number.isFinite(value) ? value : null
}
