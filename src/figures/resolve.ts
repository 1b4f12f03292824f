/**
 * Relative dates read against a reference day: `yesterday`, `last month`,
 * `two years ago`, `next spring`, `last Tuesday`; a bare weekday (`on
 * Tuesday`) by the tense of the words nearest it (`said` looks back, `will`
 * ahead). What cannot be told (`the past week`, a weekday with no tense
 * near it, `several years ago`) stays `null`: never guessed.
 */
import {
  addDays,
  formatDay,
  formatSeason,
  isoWeekOf,
  monthFrom,
  seasonIndexOf,
  seasonNames,
  weekdayOf,
  type Day
} from './calendar-math.js'
import type {FoundDate, Relative} from './dates.js'

const counts = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10]
])

// Words that put a clause in the future or the past.
const future = /\b(?:will|won't|shall|would|next|(?:is|are|was|were)\s(?:due|expected|set|scheduled|to)|plans?\sto|going\sto)\b|'ll\b/giu
const past = /\b(?:said|told|was|were|had|did|met|went|came|took|made|gave|left|began|won|lost|held|hit|saw|ago|\p{L}{2,}ed)\b/giu
// A clause reaches this far on either side of the date, within its sentence.
const clauseReach = 120

/**
 * The value of `date` (found in `text`) against `reference`, or `null` when
 * it cannot be told.
 */
export function resolveDate(date: FoundDate, text: string, reference: Day): string | null {
  const relative = date.relative
  if (!relative) return null
  switch (relative.type) {
    case 'day': {
      return formatDay(addDays(reference, relative.name === 'yesterday' ? -1 : relative.name === 'tomorrow' ? 1 : 0))
    }

    case 'span': {
      return spanFrom(reference, relative.shift === 'coming' ? 'next' : relative.shift, relative.span)
    }

    case 'ago': {
      const count = /^\d+$/.test(relative.count) ? Number(relative.count) : counts.get(relative.count)
      return count === undefined ? null : agoFrom(reference, count, relative.span)
    }

    case 'weekday': {
      return formatWeekday(reference, relative, text, date)
    }
  }
}

function spanFrom(reference: Day, shift: string, span: string): string | null {
  const step = shift === 'last' ? -1 : shift === 'next' ? 1 : shift === 'this' ? 0 : undefined
  // `the past week` is the last seven days, not a calendar week.
  if (step === undefined) return null
  if (span === 'week') return isoWeekOf(addDays(reference, 7 * step))
  if (span === 'month') return monthFrom(reference, step)
  if (span === 'year') return String(reference.year + step)
  if (span === 'decade') return step === 0 ? String(reference.year).slice(0, 3) + 'X' : null
  const season = seasonNames.indexOf((span === 'fall' ? 'autumn' : span) as (typeof seasonNames)[number])
  if (season !== -1) return formatSeason(seasonFrom(reference, step, season))
  return null
}

/** The season `season` last (`-1`), next (`1`) or this (`0`: the nearest, ties ahead) from the reference day’s. */
function seasonFrom(reference: Day, step: number, season: number): number {
  const current = seasonIndexOf(reference)
  const ahead = (season - (current % 4) + 4) % 4
  if (step === 1) return current + (ahead === 0 ? 4 : ahead)
  if (step === -1) return current - (ahead === 0 ? 4 : 4 - ahead)
  return ahead <= 2 ? current + ahead : current + ahead - 4
}

function agoFrom(reference: Day, count: number, span: string): string | null {
  if (span === 'week') return isoWeekOf(addDays(reference, -7 * count))
  if (span === 'month') return monthFrom(reference, -count)
  if (span === 'year') return String(reference.year - count)
  return null
}

function formatWeekday(reference: Day, relative: Extract<Relative, {type: 'weekday'}>, text: string, date: FoundDate): string | null {
  const today = weekdayOf(reference)
  const back = (today - relative.weekday + 7) % 7
  const ahead = (relative.weekday - today + 7) % 7
  if (relative.shift === 'last') return formatDay(addDays(reference, -(back === 0 ? 7 : back)))
  if (relative.shift === 'next') return formatDay(addDays(reference, ahead === 0 ? 7 : ahead))
  // `this Monday`: the Monday of the reference day’s week.
  if (relative.shift === 'this') return formatDay(addDays(reference, relative.weekday - today))
  if (back === 0) return formatDay(reference)
  const tense = tenseNear(text, date.start, date.end)
  if (tense === 'future') return formatDay(addDays(reference, ahead))
  if (tense === 'past') return formatDay(addDays(reference, -back))
  return null
}

/** The tense of the cue nearest to `start`–`end` in its sentence, if any. */
function tenseNear(text: string, start: number, end: number): 'future' | 'past' | undefined {
  const from = sentenceStart(text, start)
  const to = sentenceEnd(text, end)
  const nearFuture = nearest(future, text, from, to, start, end)
  const nearPast = nearest(past, text, from, to, start, end)
  if (nearFuture === undefined && nearPast === undefined) return undefined
  return nearPast === undefined || (nearFuture !== undefined && nearFuture <= nearPast) ? 'future' : 'past'
}

function sentenceStart(text: string, start: number): number {
  const floor = Math.max(0, start - clauseReach)
  for (let index = start - 1; index >= floor; index--) if (isStop(text.charCodeAt(index))) return index + 1
  return floor
}

function sentenceEnd(text: string, end: number): number {
  const ceiling = Math.min(text.length, end + clauseReach)
  for (let index = end; index < ceiling; index++) if (isStop(text.charCodeAt(index))) return index
  return ceiling
}

function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63
}

function nearest(cue: RegExp, text: string, from: number, to: number, start: number, end: number): number | undefined {
  let best: number | undefined
  const window = text.slice(from, to)
  cue.lastIndex = 0
  let match = cue.exec(window)
  while (match) {
    const cueStart = from + match.index
    const cueEnd = cueStart + match[0].length
    if (cueEnd <= start || cueStart >= end) {
      const distance = cueEnd <= start ? start - cueEnd : cueStart - end
      if (best === undefined || distance < best) best = distance
    }

    match = cue.exec(window)
  }

  return best
}
