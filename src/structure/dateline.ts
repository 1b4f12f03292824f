/**
 * The dateline that opens a news story: `SEOUL—`, `WASHINGTON (Reuters) -`,
 * `NEW YORK, Jan 5 (AP) —`, `(CNN) --`.
 */
import type {Dateline} from '../types.js'

// Anchored, with bounded repetition: no backtracking blow-up on long lines.
// Place: an upper-case word or few (`SEOUL`, `NEW YORK`, `ST. LOUIS`), an
// optional comma part (`, Jan 5`, `, England`), an optional agency in
// parentheses, then a dash.
const placeDateline =
  /^([A-Z][A-Z.'\u2019-]{1,20}(?: [A-Z][A-Z.'\u2019-]{0,20}){0,3})(,[ A-Za-z0-9.]{1,20})?(?: ?\(([A-Za-z][A-Za-z .&]{1,28})\))?(?: ?[\u2014\u2013] ?| ?-- ?| - )/
const agencyDateline = /^\(([A-Z][A-Za-z .&]{1,28})\)(?: ?[\u2014\u2013] ?| ?-- ?| - )/

/** How much of a paragraph is looked at: datelines are short. */
const window = 100

/**
 * Read a dateline at the start of `text` (a paragraph starting at `offset`).
 */
export function readDateline(text: string, offset: number): (Dateline & {storyStart: number}) | undefined {
  const head = text.slice(0, window)
  const agencyOnly = agencyDateline.exec(head)

  if (agencyOnly) {
    return found(agencyOnly[0], null, agencyOnly[1]!, offset)
  }

  const match = placeDateline.exec(head)
  if (!match) return undefined
  const place = match[1]!
  // A dash straight after a capitalised word inside a sentence (`AI-driven`)
  // is not a dateline: require at least two upper-case letters in a row and
  // story text after it.
  if (!/[A-Z]{2}/.test(place) || match[0].length >= text.length) return undefined

  return found(match[0], titleCase(place), match[3], offset)
}

/** The dateline without its dash; `storyStart` is where the story text starts. */
function found(
  whole: string,
  place: string | null,
  agency: string | undefined,
  offset: number
): Dateline & {storyStart: number} {
  const text = whole.replace(/[\s\u2014\u2013-]+$/, '')
  return {
    text,
    place,
    agency: agency ? agency.trim() : null,
    start: offset,
    end: offset + text.length,
    storyStart: offset + whole.length
  }
}

function titleCase(value: string): string {
  return value.toLowerCase().replace(/(^|[ .'\u2019-])(\p{Ll})/gu, function (_, before: string, letter: string) {
    return before + letter.toUpperCase()
  })
}
