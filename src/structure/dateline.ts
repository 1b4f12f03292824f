/**
 * The dateline that opens a news story: `SEOUL—`, `WASHINGTON (Reuters) -`,
 * `NEW YORK, Jan 5 (AP) —`, `(CNN) --`, `LIMA/QUITO (Reuters) -`,
 * `Tromsø, Norway –`.
 */
import {anchorsOf} from '../figures/anchors.js'
import {findDates} from '../figures/dates.js'
import {isStopword} from '../lexicon/stopwords.js'
import {titleCase} from '../title-case.js'
import type {Dateline} from '../types.js'

// Anchored, with bounded repetition: no backtracking blow-up on long lines.
// Groups: 1 the cities (`OSLO`, `NEW YORK`, `LIMA/QUITO`, `St. Louis`),
// 2 comma parts (`, Peru`, `, Jan 5`, `, 12 June 2025`), 3 an agency in
// parentheses (`(Reuters)`, or short in lower case: `(dpa)`); then a dash of any kind.
const city = "\\p{Lu}[\\p{L}.'\u2019-]{0,20}(?: \\p{Lu}[\\p{L}.'\u2019-]{0,20}){0,3}"
const dash = '(?: ?[\u2014\u2013\u2012\u2015] ?| ?-- ?| - )'
const placeDateline = new RegExp(
  `^(${city}(?: ?/ ?${city}){0,3})((?:, ?[\\p{Lu}\\p{N}][\\p{L}\\p{N}.' ]{0,24}){0,3})(?: ?\\((\\p{Lu}[\\p{L} .&]{1,28}|\\p{Ll}{2,4})\\))?${dash}`,
  'u'
)
const agencyDateline = /^\((\p{Lu}[\p{L} .&]{1,28}|\p{Ll}{2,4})\)(?: ?[\u2014\u2013\u2012\u2015] ?| ?-- ?| - )/u

/** How much of a paragraph is looked at: datelines are short. */
const window = 120

/**
 * Read a dateline at the start of `text` (a paragraph starting at `offset`).
 */
export function readDateline(text: string, offset: number): (Dateline & {storyStart: number}) | undefined {
  const head = text.slice(0, window)
  const agencyOnly = agencyDateline.exec(head)

  if (agencyOnly) {
    return found(agencyOnly[0], {place: null, cities: [], region: null, agency: agencyOnly[1]!, date: null}, offset)
  }

  const match = placeDateline.exec(head)
  if (!match || match[0].length >= text.length) return undefined
  const cityText = match[1]!
  const parts = (match[2] ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
  const agency = match[3]
  const capitals = /\p{Lu}{2}/u.test(cityText) && cityText === cityText.toUpperCase()

  // A dash after a capitalised word inside a sentence (`AI-driven`, `The
  // mayor spoke — briefly`) is no dateline. A place in capitals is one; a
  // place in mixed case needs a region, a date or an agency with it, and
  // every word of it capitalised and no function word (`However, Ms Diaz —`).
  if (!capitals) {
    if (parts.length === 0 && agency === undefined) return undefined
    const words = cityText.split(/[ /]/)
    if (words.some((d) => d.length < 2 || isStopword(d.toLowerCase()) || /^\p{Lu}\p{Ll}{0,2}\.$/u.test(d))) return undefined
  }

  // Story text follows the dash, opening with a capital, a digit or a quote mark.
  if (!/^[\p{Lu}\p{N}"'\u2018\u201C]/u.test(text.slice(match[0].length))) return undefined

  const cities = cityText.split(/ ?\/ ?/).map((d) => (capitals ? titleCase(d) : d))
  let date: Dateline['date'] = null
  const regions: string[] = []
  for (const part of parts) {
    const dates = findDates(part, anchorsOf(part).dates)
    if (date === null && dates.length > 0 && dates[0]!.start === 0) {
      date = {text: part, value: dates[0]!.value}
    } else if (/\d/.test(part)) {
      // A number that is no date: this is not a place (`Item 4, Row 2 -`).
      return undefined
    } else {
      regions.push(capitals && part === part.toUpperCase() ? titleCase(part) : part)
    }
  }

  const region = regions.length > 0 ? regions.join(', ') : null
  return found(match[0], {place: cities.join('/'), cities, region, agency, date}, offset)
}

/** The dateline without its dash; `storyStart` is where the story text starts. */
function found(
  whole: string,
  parts: Pick<Dateline, 'place' | 'cities' | 'region' | 'date'> & {agency: string | undefined | null},
  offset: number
): Dateline & {storyStart: number} {
  const text = whole.replace(/[\s\u2012-\u2015-]+$/, '')
  return {
    text,
    place: parts.place,
    cities: parts.cities,
    region: parts.region,
    agency: parts.agency ? parts.agency.trim() : null,
    date: parts.date,
    start: offset,
    end: offset + text.length,
    storyStart: offset + whole.length
  }
}

