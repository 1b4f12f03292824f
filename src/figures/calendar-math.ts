/**
 * Calendar arithmetic on plain days (no clock, no time zone, no `Date.now`):
 * what relative dates resolve to once a reference day is known.
 */

/** A calendar day. */
export interface Day {
  year: number
  month: number
  day: number
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})/

/** The day an ISO 8601 string starts with (`2026-03-14T09:12` → 14 March 2026), or `undefined` when it names no valid day. */
export function dayOf(value: string): Day | undefined {
  const match = isoDay.exec(value)
  if (!match) return undefined
  const day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day))
  return check.getUTCFullYear() === day.year && check.getUTCMonth() === day.month - 1 && check.getUTCDate() === day.day ? day : undefined
}

/** `day` moved by `days` days. */
export function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days))
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

/** The month `months` months from `day`’s, as `YYYY-MM`. */
export function monthFrom(day: Day, months: number): string {
  const index = day.year * 12 + (day.month - 1) + months
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`
}

/** Day of the week, Monday 1 to Sunday 7 (ISO 8601). */
export function weekdayOf(day: Day): number {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/** The ISO 8601 week of `day`, as `YYYY-Www`. */
export function isoWeekOf(day: Day): string {
  // The week belongs to the year of its Thursday.
  const thursday = addDays(day, 4 - weekdayOf(day))
  const first = Date.UTC(thursday.year, 0, 1)
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - first) / 864e5 / 7) + 1
  return `${pad(thursday.year, 4)}-W${pad(week)}`
}

/** `day` as `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`
}

/** Seasons in their order in a year; a winter is the one that starts in December of its year. */
export const seasonNames = ['spring', 'summer', 'autumn', 'winter'] as const

/** The season `day` falls in, as an index counted over the years (`year * 4 + season`). */
export function seasonIndexOf(day: Day): number {
  if (day.month <= 2) return (day.year - 1) * 4 + 3
  return day.year * 4 + Math.floor((day.month - 3) / 3)
}

/**
 * A season counted over the years as EDTF writes it: the year, then 21
 * (spring), 22 (summer), 23 (autumn) or 24 (winter): `2028-21`.
 */
export function formatSeason(index: number): string {
  return `${pad(Math.floor(index / 4), 4)}-${21 + (index % 4)}`
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}
