/**
 * When the story was published and updated, from the text: a timestamp line
 * (`Published 14 March 2026, 09:12 GMT`, `Updated Jan. 5, 2027 4:05 p.m.
 * ET`), a dated byline or a dateline with a year. Values are ISO 8601: a
 * day (`2026-03-14`), or a day and a time (`2026-03-14T09:12`), with the
 * offset when the zone says it (`2026-03-14T09:12Z`, `…T16:05-05:00`).
 * A line without a full date (`Updated 3 hours ago`) gives nothing: a date
 * is never guessed.
 */
import {anchorsOf} from '../figures/anchors.js'
import {findDates} from '../figures/dates.js'
import type {PublishedDate} from '../types.js'

/** Offsets of the zones a timestamp names; ambiguous ones (`ET`, `IST`) are left out. */
const zones = new Map<string, string>([
  ['gmt', 'Z'],
  ['utc', 'Z'],
  ['z', 'Z'],
  ['bst', '+01:00'],
  ['cet', '+01:00'],
  ['cest', '+02:00'],
  ['eet', '+02:00'],
  ['eest', '+03:00'],
  ['sast', '+02:00'],
  ['est', '-05:00'],
  ['edt', '-04:00'],
  ['cst', '-06:00'],
  ['cdt', '-05:00'],
  ['mst', '-07:00'],
  ['mdt', '-06:00'],
  ['pst', '-08:00'],
  ['pdt', '-07:00'],
  ['hkt', '+08:00'],
  ['sgt', '+08:00'],
  ['kst', '+09:00'],
  ['jst', '+09:00'],
  ['aest', '+10:00'],
  ['aedt', '+11:00']
])

// `09:12`, `9.24 pm`, `4:05 p.m. ET`, `11am BST`; groups: hour, minute, meridiem, zone.
const clock = /\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s?(?:([ap])\.?m\.?)?(?:\s?([A-Za-z]{1,4})\b)?/giu
const isoStamp = /\b(\d{4}-[01]\d-[0-3]\d)[T ]([0-2]\d:[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?(Z|[+-][01]\d:?[0-5]\d)?/
const modifiedWords = /\b(?:updated|modified|edited|revised)\b/i

/** What a timestamp line says: published or modified, and when. */
export function readTimestamp(text: string): {kind: 'published' | 'modified'; value: string} | undefined {
  if (text.length > 160) return undefined
  const kind = modifiedWords.test(text) ? 'modified' : 'published'
  const value = dateTimeOf(text)
  return value ? {kind, value} : undefined
}

/**
 * The ISO 8601 value of the first full date in `text` (with its time and
 * zone when they follow it), or `undefined`.
 */
export function dateTimeOf(text: string): string | undefined {
  const iso = isoStamp.exec(text)
  if (iso) {
    const zone = iso[3] ? (iso[3] === 'Z' ? 'Z' : iso[3].replace(/^([+-]\d\d)(\d\d)$/, '$1:$2')) : ''
    return `${iso[1]}T${iso[2]}${zone}`
  }

  const date = findDates(text, anchorsOf(text).dates).find((d) => d.kind === 'date' && d.value !== null)
  if (!date) return undefined
  // A time is read around the date, not inside it (`14 March 2026, 09:12`, `9:24 pm, Jan 5, 2026`).
  const time = timeOf(text.slice(date.end)) ?? timeOf(text.slice(0, date.start))
  return time ? `${date.value}T${time}` : date.value!
}

function timeOf(text: string): string | undefined {
  clock.lastIndex = 0
  for (const match of text.matchAll(clock)) {
    const [, hourText = '', minute, meridiem, zoneText] = match
    // A bare number is no time: it needs minutes or am/pm.
    if (minute === undefined && meridiem === undefined) continue
    let hour = Number(hourText)
    if (meridiem) {
      if (hour < 1 || hour > 12) continue
      if (meridiem.toLowerCase() === 'p' && hour < 12) hour += 12
      if (meridiem.toLowerCase() === 'a' && hour === 12) hour = 0
    }

    const zone = zoneText ? (zones.get(zoneText.toLowerCase()) ?? '') : ''
    return `${String(hour).padStart(2, '0')}:${minute ?? '00'}${zone}`
  }

  return undefined
}

/** A published or modified date from `text`, as found by `source`. */
export function publishedDate(text: string, value: string, source: PublishedDate['source']): PublishedDate {
  return {text, value, source}
}
