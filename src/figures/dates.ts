/**
 * Date expressions: `Jan. 5, 2026`, `5 January 2026`, `December 2025`,
 * `December`, `Monday`, `last week`, `yesterday`, `2026-01-05`. Bare years
 * are told from counts by the numbers reader, which sees their context.
 */
import type {DateKind} from '../types.js'
import {isAsciiAlphanumeric, matchesNear, type Anchor} from './scan.js'

/** A date found in a text; offsets into that text. */
export interface FoundDate {
  text: string
  kind: DateKind
  value: string | null
  start: number
  end: number
}

const monthNumbers = new Map<string, number>()
const monthList = 'january february march april may june july august september october november december'.split(' ')
for (const [index, name] of monthList.entries()) {
  monthNumbers.set(name, index + 1)
  monthNumbers.set(name.slice(0, 3), index + 1)
}

monthNumbers.set('sept', 9)

const full = 'January|February|March|April|May|June|July|August|September|October|November|December'
const fullButMay = 'January|February|March|April|June|July|August|September|October|November|December'
const weekdays = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
const days = '[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight'
const abbreviations = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec'
const month = `(?:${full}|(?:${abbreviations})\\.?)`
const year = '(?:1[89]\\d\\d|20\\d\\d)'
const ordinal = '(?:st|nd|rd|th)?'
const count = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)'
export const spans = 'week|month|year|weekend|decade|century|spring|summer|autumn|fall|winter|quarter'
const span = `(?:${spans})`

// Words after which `May` is the month; either case for the first letter.
const timeWords = 'in since last next early late mid this of until by from through during before after'
  .split(' ')
  .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`)
  .join('|')

// One alternative per shape, most specific first; every quantifier bounded.
const datePattern = new RegExp(
  [
    `\\b(?<iso>${year}-[01]\\d-[0-3]\\d)\\b`,
    `\\b(?<m1>${month})\\s(?<d1>\\d{1,2})${ordinal}\\b(?:,?\\s(?<y1>${year})\\b)?`,
    `\\b(?<d2>\\d{1,2})${ordinal}\\s(?:of\\s)?(?<m2>${month})(?!\\p{L})(?:,?\\s(?<y2>${year})\\b)?`,
    `\\b(?<m3>${full})\\s(?<y3>${year})\\b`,
    `\\b(?<m4>${fullButMay})\\b`,
    // `May` alone is a month only after a word that asks for a time.
    `(?<=\\b(?:${timeWords})[\\s-])(?<m5>May)\\b`,
    `\\b(?<weekday>${weekdays})\\b`,
    `\\b(?<relative>${days}|(?:(?:[Ee]arlier|[Ll]ater)\\s)?(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s${span}|${count}\\s${span}s?\\sago)\\b`
  ].join('|'),
  'uy'
)

/**
 * Words that open dates, as anchors. A date opens with a digit or one of
 * them, or holds a span at most `spanReach` characters from its start
 * (`earlier coming week`, `several years ago`) with no anchor before it.
 */
export const dateWords = `${abbreviations}|May|${weekdays}|${days}`

/** How far a date may start before its span. */
export const spanReach = 'Earlier Coming '.length

/**
 * Whether a date may start at `index`: each shape opens with an ASCII letter
 * or digit after a word boundary (`May` after a space or a hyphen).
 */
function mayStart(text: string, index: number): boolean {
  if (!isAsciiAlphanumeric(text.charCodeAt(index))) return false
  if (index === 0) return true
  const before = text.charCodeAt(index - 1)
  return !isAsciiAlphanumeric(before) && before !== 95
}

/**
 * Dates in `text`, in order, with offsets into `text`; `anchors` are where
 * its dates may be (`anchorsOf(text).dates`).
 */
export function findDates(text: string, anchors: readonly Anchor[]): FoundDate[] {
  const found: FoundDate[] = []
  for (const match of matchesNear(text, datePattern, anchors, mayStart)) {
    const groups = match.groups!
    const start = match.index
    const value = match[0]
    const end = start + value.length
    found.push({text: value, start, end, ...read(groups)})
  }

  return found
}

function read(groups: Record<string, string | undefined>): {kind: DateKind; value: string | null} {
  if (groups.iso) return {kind: 'date', value: validDay(groups.iso.slice(0, 4), Number(groups.iso.slice(5, 7)), Number(groups.iso.slice(8, 10)))}
  const monthName = groups.m1 ?? groups.m2
  if (monthName) {
    const monthNumber = monthOf(monthName)
    const day = Number(groups.d1 ?? groups.d2)
    const yearText = groups.y1 ?? groups.y2
    // Without its year a day is only safe as month and day (`--01-05`).
    if (yearText) return {kind: 'date', value: validDay(yearText, monthNumber, day)}
    return {kind: 'day', value: validDay('-', monthNumber, day)}
  }

  if (groups.m3) return {kind: 'month', value: `${groups.y3}-${pad(monthOf(groups.m3))}`}
  const alone = groups.m4 ?? groups.m5
  if (alone) return {kind: 'month', value: `--${pad(monthOf(alone))}`}
  if (groups.weekday) return {kind: 'weekday', value: null}
  return {kind: 'relative', value: null}
}

function monthOf(name: string): number {
  return monthNumbers.get(name.toLowerCase().replace('.', '')) ?? 0
}

function validDay(yearText: string, monthNumber: number, day: number): string | null {
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > 31) return null
  return `${yearText}-${pad(monthNumber)}-${pad(day)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
