/**
 * Numbers with what they count: `roughly 15,000 troops`, `$1.13bn`, `40%`,
 * `five years`. A bare four-digit number in a time context (`in 2025`) is a
 * year, and read as a date instead.
 */
import type {FigureKind, FigureRange} from '../types.js'
import {countedAfter, isPlural} from './counted.js'
import {insidePair, isAsciiAlphanumeric, matchesNear, type Anchor} from './scan.js'
import {
  ambiguousCurrencies,
  currencyCodeOf,
  currencySymbols,
  currencyWordOf,
  currencyWordPattern,
  kindOf,
  measurePattern,
  percentUnits,
  temperaturePattern,
  temperatureUnitOf
} from './units.js'

/** A number found in a text; offsets into that text. */
export interface FoundNumber {
  /** The figure as written, with its hedge and what it counts (`roughly 15,000 troops`). */
  text: string
  value: number | null
  unit: string | null
  what: string | null
  kind: FigureKind
  currency: string | null
  range: FigureRange | null
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

const hedges =
  'about|around|roughly|nearly|almost|approximately|some|more than|less than|fewer than|up to|at least|at most|as many as|as much as|an estimated|close to|just over|just under|well over|well under'
/** Number words, as anchors: every spelled number starts with one. */
export const numberWords: readonly string[] = [...tens, ...teens, ...ones, 'dozen', 'hundred']
const wordNumber = `(?:${tens.join('|')})-(?:${ones.join('|')})|${numberWords.join('|')}`
const percents = [...percentUnits.keys()].sort((a, b) => b.length - a.length).join('|')

const hedgePattern = `(?:(${hedges})\\s)?`
// The currencies `currencyPattern` reads.
const currencies = [...currencySymbols.keys()]
const currencyPattern = `((?:US|C|A|HK|NZ|S)\\$|[$€£¥₹])?`
// Every quantifier bounded, so a run of digits costs its length, once. Groups, in order:
// 1 hedge, 2 currency, 3 number, 4 scale, 5 short scale (`m`, `k`), 6 percent, 7 temperature
// (before measures, so `degrees Celsius` is one), 8 measure, 9 currency word (numbered: named groups cost an object on every match).
const numberPattern = new RegExp(
  `(?<![\\p{L}\\p{N}.,$€£¥₹])` +
    hedgePattern +
    currencyPattern +
    `(\\d{1,3}(?:,\\d{3}){1,6}(?:\\.\\d{1,6})?|\\d{1,12}(?:\\.\\d{1,6})?|${wordNumber})` +
    `(?:\\s?(thousand|million|billion|trillion|bn|mn|tn)|([mk]))?` +
    `(?:\\s?(${percents})|(${temperaturePattern})|\\s?(${measurePattern})|\\s(${currencyWordPattern}))?` +
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

const yearCues = new Set(['in', 'since', 'of', 'by', 'until', 'till', 'from', 'to', 'through', 'between', 'during', 'early', 'late', 'mid', 'before', 'after', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'and', 'or', 'the'])
const previousWord = /([\p{L}]+)[\s-]*$/u
const yearPart = /(?<![\p{L}])(?:early|mid|late)[\s-]$/iu
const rangeJoiner = /^(?:\s?[-–—]\s?|\s(?:to|and)\s)$/i
const rangeOpener = /(?<![\p{L}])(between|from)\s$/iu
const minusBefore = /(?<![\p{L}\p{N}])(?:-|−|minus\s)$/iu

/** A number as read, before ranges are joined: `grammar` when it is no figure alone (`two to`). */
interface Reading extends FoundNumber {
  written: string
  scale: string | undefined
  grammar: boolean
}

/**
 * Numbers in `text`, in order, with offsets into `text`; `anchors` are the
 * starts of its digits and number words (`anchorsOf(text).numbers`).
 */
export function findNumbers(text: string, anchors: readonly Anchor[]): FoundNumber[] {
  const readings: Reading[] = []
  for (const match of matchesNear(text, numberPattern, anchors, mayStart)) {
    const reading = readNumber(text, match)
    if (reading) readings.push(reading)
  }

  const found: FoundNumber[] = []
  for (const reading of joinRanges(text, readings)) {
    if (reading.grammar) continue
    const {written, scale, grammar, ...number} = reading
    found.push(number)
  }

  return found
}

function readNumber(text: string, match: RegExpExecArray): Reading | undefined {
  const [, hedge, symbol, written = '', writtenScale, short, percent, temperature, measure, currencyWord] = match
  let start = match.index
  let end = start + match[0].length
  // Written in digits or in words, never both.
  const wordy = !isDigit(written.charCodeAt(0))
  let word = currencyWord
  let measured = measure?.toLowerCase().replace(/\s+/g, ' ')
  // `30 pounds`, `the team won`: an ambiguous currency word is money only after a scale.
  if (word && !writtenScale && !short && currencyWordOf(word) === word.toLowerCase() && ambiguousCurrencies.has(word.toLowerCase())) {
    if (word.toLowerCase().startsWith('pound')) measured = word.toLowerCase()
    else end -= word.length + 1
    word = undefined
  }

  // A capital `C` or `F` right after the digits is a temperature (`30C`); `50c` is not.
  if (temperature && temperature.length === 1 && temperature !== temperature.toUpperCase()) return undefined
  const percentUnit = percent ? percentUnits.get(percent.toLowerCase().replace(/\s+/g, ' '))! : undefined
  const money = Boolean(symbol || word)
  let scale = writtenScale ?? (short && (money || measured) ? short : undefined)
  let counted = countedAfter(text, end, money ? 'last' : percentUnit || temperature || measured ? 'last' : 'first', !money && Boolean(percentUnit || temperature || measured))
  // `2m people`: a short scale before a plural; `a 5k race` is a distance.
  if (short && !scale && counted && isPlural(counted.what)) scale = short
  const shortUnit = short && !scale ? short.toLowerCase() : undefined
  if (shortUnit) counted = countedAfter(text, end, 'last', true)

  let unit: string | null = null
  let currency: string | null = null
  if (symbol) {
    unit = symbol.toUpperCase()
    currency = currencySymbols.get(unit) ?? null
  } else if (word) {
    unit = currencyWordOf(word)
    currency = currencyCodeOf(word)
  } else if (percentUnit) {
    unit = percentUnit
  } else if (temperature) {
    unit = temperatureUnitOf(temperature)
  } else {
    unit = measured ?? shortUnit ?? null
  }

  const isTemperature = Boolean(temperature) && unit !== '°'
  const kind = kindOf({currency: money, percent: Boolean(percentUnit), temperature: isTemperature, measure: unit !== null})
  const what = counted?.what ?? null

  // `in 2025`, `around 2000`: a year, written alone; the hedge stays out of the date.
  const numberStart = start + (hedge ? hedge.length + 1 : 0)
  if (kind === 'count' && !scale && /^\d{4}$/.test(written) && isYear(text, numberStart, Number(written), what)) {
    // `early 2028`, `mid-2027`: the part of the year goes with it.
    const part = hedge ? undefined : yearPart.exec(text.slice(Math.max(0, numberStart - 6), numberStart))
    const yearStart = numberStart - (part ? part[0].length : 0)
    // One literal per result, fields in one order (no spread of a shared part: this runs on every number).
    return {unit, currency, kind, range: null, year: true, written, scale, text: text.slice(yearStart, numberStart + 4), value: Number(written), what: null, start: yearStart, end: numberStart + 4, grammar: false}
  }

  let value = valueOf(written, scale)
  // `-5C`, `minus 12 degrees Celsius`.
  if (isTemperature && !hedge && value !== null) {
    const minus = minusBefore.exec(text.slice(Math.max(0, start - 6), start))
    if (minus) {
      start -= minus[0].length
      value = -value
    }
  }

  if (counted) end = counted.end
  // A number word that counts nothing is grammar (`the two last met`, `no one knows`), not a figure.
  const grammar = wordy && kind === 'count' && (!what || !isPlural(what) || written.toLowerCase() === 'one')
  return {unit, currency, kind, range: null, year: false, written, scale, text: text.slice(start, end), value, what, start, end, grammar}
}

/**
 * Join `20 to 30 staff`, `between 20 and 30 staff`, `$5m-$7m` and `5–7%`
 * into one figure with a `range`; `from 20 to 30` is a change, not a range.
 */
function joinRanges(text: string, readings: Reading[]): Reading[] {
  const joined: Reading[] = []
  for (let index = 0; index < readings.length; index++) {
    const low = readings[index]!
    const high = readings[index + 1]
    const range = high ? rangeOf(text, low, high) : undefined
    if (range) {
      joined.push(range)
      index++
    } else {
      joined.push(low)
    }
  }

  return joined
}

function rangeOf(text: string, low: Reading, high: Reading): Reading | undefined {
  if (low.year || high.year || low.what !== null || low.value === null || high.value === null) return undefined
  const joiner = rangeJoiner.exec(text.slice(low.end, high.start))
  if (!joiner) return undefined
  const opener = rangeOpener.exec(text.slice(Math.max(0, low.start - 9), low.start))
  const word = joiner[0].trim().toLowerCase()
  if (opener?.[1]!.toLowerCase() === 'from' || (word === 'and') !== (opener?.[1]!.toLowerCase() === 'between')) return undefined
  // Both sides measured alike, and something measured or counted (`6-4` is a score).
  if (low.unit !== null && high.unit !== null && low.unit !== high.unit) return undefined
  if (high.grammar || (high.unit === null && high.what === null && low.unit === null)) return undefined
  // `5 to 7 million people`: the low end takes the high end's scale.
  const min = low.scale || !high.scale ? low.value : valueOf(low.written, high.scale)
  if (min === null || min >= high.value) return undefined
  const start = opener ? low.start - opener[0].length : low.start
  const measured = high.unit === null ? low : high
  return {
    ...high,
    text: text.slice(start, high.end),
    value: min,
    unit: measured.unit,
    currency: measured.currency,
    kind: measured.kind,
    range: {min, max: high.value},
    start,
    grammar: false
  }
}

function longest(values: readonly string[]): number {
  return Math.max(...values.map((value) => value.length))
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
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
