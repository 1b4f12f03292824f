/**
 * Date expressions: `Jan. 5, 2026`, `5 January 2026`, `December 2025`,
 * `December`, `Monday`, `last week`, `yesterday`, `2026-01-05`, decades
 * (`the 1990s`), clock times (`11 p.m.`, `09:12 GMT`), seasons (`spring of
 * 2028`), each with an `early`, `mid` or `late` before it when written so
 * (`early next year`). Bare years are told from counts by the numbers
 * reader, which sees their context.
 *
 * A relative date (`last month`, `on Tuesday`) keeps what it is relative to
 * in `relative`, for `resolve.ts` to read against a reference day.
 */
import type {DateKind} from '../types.js'
import {pad, seasonNames} from './calendar-math.js'
import {isAsciiAlphanumeric, matchesNear, type Anchor} from './scan.js'

/** A date found in a text; offsets into that text. */
export interface FoundDate {
  text: string
  kind: DateKind
  value: string | null
  start: number
  end: number
  /** How a relative date or a weekday moves from the reference day; `undefined` for the rest. */
  relative?: Relative | undefined
}

/**
 * What a relative date says: a named day (`yesterday`), a span moved by a
 * word (`last month`, `next spring`) or counted back (`two years ago`), or
 * a weekday with the word before it, if any (`last Tuesday`, `on Tuesday`).
 */
export type Relative =
  | {type: 'day'; name: string}
  | {type: 'span'; shift: string; span: string}
  | {type: 'ago'; count: string; span: string}
  | {type: 'weekday'; shift: string | null; weekday: number}

const monthNumbers = new Map<string, number>()
const monthList = 'january february march april may june july august september october november december'.split(' ')
for (const [index, name] of monthList.entries()) {
  monthNumbers.set(name, index + 1)
  monthNumbers.set(name.slice(0, 3), index + 1)
}

monthNumbers.set('sept', 9)

const full = 'January|February|March|April|May|June|July|August|September|October|November|December'
const fullButMay = 'January|February|March|April|June|July|August|September|October|November|December'
export const weekdays = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
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

const seasonsAlone = '[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all'
const zones = 'GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST'
const weekdayShift = '(?:(?<ws>[Ll]ast|[Nn]ext|[Tt]his)\\s)?'

// `early`, `mid` or `late` before a date (`early next year`, `mid-March`).
const qualifier = '(?<q>(?:[Ee]arly|[Mm]id|[Ll]ate)[\\s-])?'

// One alternative per shape, most specific first; every quantifier bounded.
const datePattern = new RegExp(
  qualifier +
  '(?:' +
  [
    `\\b(?<iso>${year}-[01]\\d-[0-3]\\d)\\b`,
    `\\b(?<m1>${month})\\s(?<d1>\\d{1,2})${ordinal}\\b(?:,?\\s(?<y1>${year})\\b)?`,
    `\\b(?<d2>\\d{1,2})${ordinal}\\s(?:of\\s)?(?<m2>${month})(?!\\p{L})(?:,?\\s(?<y2>${year})\\b)?`,
    `\\b(?<m3>${full})\\s(?<y3>${year})\\b`,
    `\\b(?<decade>(?:1[89]|20)\\d0)s\\b`,
    // Clock times: `11 p.m.`, `9.30am`, `09:12 GMT`, `noon`.
    `\\b(?<h12>1[0-2]|0?[1-9])(?:[:.](?<min12>[0-5]\\d))?\\s?(?<meridiem>[AaPp])\\.?[Mm]\\b\\.?`,
    `\\b(?<h24>[01]?\\d|2[0-3]):(?<min24>[0-5]\\d)(?:\\s(?<zone>${zones}))?\\b`,
    `\\b(?<noon>noon|midnight)\\b`,
    `\\b(?<season>${seasonsAlone})(?:\\s(?:of\\s)?(?<sy>${year})\\b)?`,
    `\\b(?<m4>${fullButMay})\\b`,
    // `May` alone is a month only after a word that asks for a time.
    `(?<=\\b(?:${timeWords})[\\s-])(?<m5>May)\\b`,
    `\\b${weekdayShift}(?<weekday>${weekdays})\\b`,
    `\\b(?<day>${days})\\b`,
    `\\b(?:(?:[Ee]arlier|[Ll]ater)\\s)?(?<shift>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s(?<span>${span})\\b`,
    `\\b(?<count>${count})\\s(?<agoSpan>${span})s?\\sago\\b`
  ].join('|') +
  ')',
  'uy'
)

/**
 * Words that open dates, as anchors. A date opens with a digit or one of
 * them, or holds a span at most `spanReach` characters from its start
 * (`earlier coming week`, `several years ago`), or a weekday at most
 * `weekdayReach` (`last Tuesday`), with no anchor before it.
 */
export const dateWords = `${abbreviations}|May|${days}|noon|midnight|[Ee]arly|[Mm]id|[Ll]ate`

/** How far a weekday may start before its name (`last Tuesday`). */
export const weekdayReach = 'last '.length

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
    const reading = read(match.groups!)
    if (!reading) continue
    const start = match.index
    const value = match[0]
    found.push({text: value, start, end: start + value.length, ...reading})
  }

  return found
}

const weekdayNumbers = new Map(weekdays.split('|').map((name, index) => [name, index + 1]))
const zoneOffsets = new Map([
  ['GMT', 'Z'],
  ['UTC', 'Z'],
  ['BST', '+01:00'],
  ['CET', '+01:00'],
  ['CEST', '+02:00'],
  ['EET', '+02:00'],
  ['EEST', '+03:00'],
  ['EST', '-05:00'],
  ['EDT', '-04:00'],
  ['CST', '-06:00'],
  ['CDT', '-05:00'],
  ['MST', '-07:00'],
  ['MDT', '-06:00'],
  ['PST', '-08:00'],
  ['PDT', '-07:00'],
  ['JST', '+09:00']
])

type Reading = Omit<FoundDate, 'text' | 'start' | 'end'>

function read(groups: Record<string, string | undefined>): Reading | undefined {
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
  // A decade as EDTF writes it: `199X`.
  if (groups.decade) return {kind: 'decade', value: groups.decade.slice(0, 3) + 'X'}
  if (groups.h12) {
    const hour = (Number(groups.h12) % 12) + (groups.meridiem!.toLowerCase() === 'p' ? 12 : 0)
    return {kind: 'time', value: `T${pad(hour)}:${groups.min12 ?? '00'}`}
  }

  if (groups.h24) return {kind: 'time', value: `T${pad(Number(groups.h24))}:${groups.min24}${groups.zone ? zoneOffsets.get(groups.zone)! : ''}`}
  if (groups.noon) return {kind: 'time', value: groups.noon === 'noon' ? 'T12:00' : 'T00:00'}
  if (groups.season) return seasonOf(groups.season, groups.sy)
  const alone = groups.m4 ?? groups.m5
  if (alone) return {kind: 'month', value: `--${pad(monthOf(alone))}`}
  if (groups.weekday) {
    return {kind: 'weekday', value: null, relative: {type: 'weekday', shift: groups.ws?.toLowerCase() ?? null, weekday: weekdayNumbers.get(groups.weekday)!}}
  }

  if (groups.day) return {kind: 'relative', value: null, relative: {type: 'day', name: groups.day.toLowerCase()}}
  if (groups.shift) return {kind: 'relative', value: null, relative: {type: 'span', shift: groups.shift.toLowerCase(), span: groups.span!}}
  return {kind: 'relative', value: null, relative: {type: 'ago', count: groups.count!.toLowerCase(), span: groups.agoSpan!}}
}

/**
 * A season, with its year as EDTF writes it (`2028-21` for spring 2028),
 * without one `null`; alone, only in lower case and never `fall` (`the Arab
 * Spring`, `prices fall`).
 */
function seasonOf(season: string, yearText: string | undefined): Reading | undefined {
  const name = season.toLowerCase()
  if (!yearText) return season === name && name !== 'fall' ? {kind: 'season', value: null} : undefined
  const index = name === 'fall' ? 2 : seasonNames.indexOf(name as (typeof seasonNames)[number])
  return {kind: 'season', value: `${yearText}-${21 + index}`}
}

function monthOf(name: string): number {
  return monthNumbers.get(name.toLowerCase().replace('.', '')) ?? 0
}

function validDay(yearText: string, monthNumber: number, day: number): string | null {
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > 31) return null
  return `${yearText}-${pad(monthNumber)}-${pad(day)}`
}

