/**
 * Dates as pages write them in metadata, read as ISO 8601: ISO itself
 * (`2026-03-14`, `2026-03-14T09:12:00+01:00`), the HTTP form
 * (`Sat, 14 Mar 2026 09:12:00 GMT`) and written days (`14 March 2026`,
 * `March 14, 2026`). A time without an offset stays local, as written: no
 * time zone is guessed, so the result never depends on the machine.
 */

const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

const months: ReadonlyMap<string, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((name, index) => [name, index + 1])
)

// `[Sat, ]14 Mar[ch] 2026[ 09:12[:00] GMT|+0100]`
const dayMonthYear = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})?)?$/i
// `March 14, 2026`
const monthDayYear = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i

/** The date as ISO 8601, or `null` when it is not one of the forms read. */
export function isoDate(raw: string): string | null {
  const text = raw.trim()
  if (text.length > 64) return null
  let match = iso.exec(text)
  if (match) return build(match[1]!, match[2]!, match[3]!, match[4], match[5], match[6], match[7], match[8])
  match = dayMonthYear.exec(text)
  if (match) return build(match[3]!, month(match[2]!), match[1]!, match[4], match[5], match[6], undefined, match[7])
  match = monthDayYear.exec(text)
  if (match) return build(match[3]!, month(match[1]!), match[2]!)
  return null
}

function month(name: string): string {
  const number = months.get(name.slice(0, 3).toLowerCase())
  // A name that is no month makes the date invalid below.
  return number === undefined ? '00' : String(number)
}

function build(
  year: string,
  monthText: string,
  dayText: string,
  hour?: string,
  minute?: string,
  second?: string,
  fraction?: string,
  zone?: string
): string | null {
  const monthNumber = Number(monthText)
  const day = Number(dayText)
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > daysIn(Number(year), monthNumber)) return null
  const date = `${year}-${pad(monthNumber)}-${pad(day)}`
  if (hour === undefined || minute === undefined) return date
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return null
  const time = `${date}T${hour}:${minute}${second === undefined ? '' : `:${second}${fraction ?? ''}`}`
  if (zone === undefined) return time
  const offset = /^(?:gmt|utc|z)$/i.test(zone) ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
  const ms = Date.parse(`${date}T${hour}:${minute}:${second ?? '00'}${offset}`)
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null
}

function daysIn(year: number, monthNumber: number): number {
  if (monthNumber === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(monthNumber) ? 30 : 31
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
