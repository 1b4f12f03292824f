/**
 * Bylines (`By Jane Roe and John Doe`) and contact lines (`Write to Jane Roe
 * at jane.roe@paper.com`), which name the authors.
 */
import {anchorsOf} from '../figures/anchors.js'
import {findDates} from '../figures/dates.js'
import {isStopword} from '../lexicon/stopwords.js'
import type {Contact} from '../types.js'

const bylineStart = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)[:\s]\s*(?=\p{Lu})/u
const contactStart = /^(?:[Ww]rite to|[Cc]ontact|[Ee]-?mail|[Rr]each)\s+(?=\p{Lu})/u
const contactPair =
  /(\p{Lu}[\p{L}.'\u2019-]{0,30}(?: \p{Lu}[\p{L}.'\u2019-]{0,30}){0,3}) (?:at|via) ([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})/gu
const signoffLine =
  /^(?:(?:additional )?reporting by|editing by|writing by|compiled by|\(?(?:reporting|editing) by)\s/i
// Roles and agencies that stand beside names in a byline; not names themselves.
const notAName =
  /\b(?:staff|writer|correspondent|reporter|editor|contributor|columnist|reuters|associated press|afp|bloomberg|updated|published|media|news)\b|\.(?:com|org|net|co\.uk)\b|\d/i
// No white space around the separators: the parts are trimmed (a leading `\s*` costs quadratic time on long runs of spaces).
const nameSeparator = /,|;|&|\||\u00b7|\u2022|\band\b|\s[\u2014\u2013]\s|\sfor\s/
/** News agencies as bylines name them (`By A and B (Reuters)`, `By A for AFP`, `A, Associated Press`). */
const agencyNames =
  /^(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg(?: News)?|PA(?: Media)?|Press Association|dpa|DPA|ANSA|EFE|Xinhua|Kyodo(?: News)?|Yonhap|Anadolu(?: Agency)?|TASS|Canadian Press|The Canadian Press|AAP|Australian Associated Press|UPI|PTI|Press Trust of India)$/
const bracketed = /\(([^()]{1,40})\)/g
const bracketedAgency = /^\p{Lu}[\p{L}&.'\u2019-]{1,30}(?: \p{Lu}[\p{L}&.'\u2019-]{0,30}){0,2}$/u
// Words of a role after a name (`Jane Roe, Economics Correspondent`).
const roleWord =
  /\b(?:correspondent|editor|reporter|writer|columnist|contributor|analyst|producer|journalist|critic|commentator|presenter|photographer|staff)s?\b/i
/** A name: two to four capitalised words (`Jane Roe`, `Ana de la Cruz`, `J. R. Lowe`). */
const personName = /^\p{Lu}[\p{L}.'\u2019-]{0,30}(?: (?:\p{Lu}[\p{L}.'\u2019-]{0,30}|de|da|del|della|di|du|van|von|der|den|la|le|bin|al|el|y)){1,4}$/u
const roleLine = /^([^,|\u2014\u2013]{3,60}?)\s*(?:,|\||\s[\u2014\u2013])\s*([^,|]{3,60})$/u

/** Bylines are short. */
const maxBylineLength = 120

/** Whether `text` is a byline line: `By …`, or a name with a role (`Jane Roe, Economics Correspondent`). */
export function isByline(text: string): boolean {
  if (text.length > maxBylineLength) return false
  if (roleOf(text) !== undefined) return true
  if (!bylineStart.test(text)) return false
  // A story sentence that opens with `By` (`By Friday the nets were up.`):
  // a capitalised word, then a lowercase one that joins no names.
  const second = sentenceAfterBy.exec(text.replace(bylineStart, ''))
  return !second || nameJoiner.test(second[1]!) || roleWord.test(second[1]!)
}

const sentenceAfterBy = /^\p{Lu}[\p{L}.'\u2019-]{0,30},?\s+(\p{Ll}[\p{L}'\u2019-]{0,30})/u
const nameJoiner = /^(?:and|for|in|at|with|of|de|da|del|della|di|du|van|von|der|den|la|le|bin|al|el|y)$/

/** What a byline line says: its authors, a news agency and a date. */
export interface BylineParts {
  authors: string[]
  agency: string | null
  date: {text: string; value: string | null} | null
}

/** Authors, agency and date of a byline line (`By A and B (Reuters)`, `By A · 12 June 2025`). */
export function readByline(text: string): BylineParts {
  const role = roleOf(text)
  if (role) return {authors: [role.name], agency: null, date: dateOf(text)}
  let agency: string | null = null
  // An agency in brackets, then the words between separators.
  const rest = text.replace(bracketed, function (whole: string, inside: string) {
    const name = inside.trim()
    // A known agency, or a name in brackets at the end (`(Nordwire)`), no role and no date.
    if (agencyNames.test(name) || (text.trimEnd().endsWith(whole) && bracketedAgency.test(name) && !roleWord.test(name))) {
      agency ??= name
      return ' '
    }

    return whole
  })
  const authors: string[] = []
  for (const part of rest.replace(bylineStart, '').split(nameSeparator)) {
    // What else stands in brackets is a role or a date, not part of the name (`Ada Quist (Staff Writer)`).
    const name = part.replace(bracketed, ' ').trim()
    if (agencyNames.test(name)) agency ??= name
    else if (/^\p{Lu}/u.test(name) && name.split(' ').length <= 4 && !notAName.test(name) && !/[()]/.test(name)) authors.push(name)
  }

  return {authors, agency, date: dateOf(text)}
}

/** Author names in a byline line. */
export function bylineAuthors(text: string): string[] {
  return readByline(text).authors
}

/** A full date in a byline (`12 June 2025`, `June 12, 2025`), with its value. */
function dateOf(text: string): BylineParts['date'] {
  if (!/\d/.test(text)) return null
  for (const date of findDates(text, anchorsOf(text).dates)) {
    if (date.kind === 'date' || date.kind === 'day') return {text: date.text, value: date.value}
  }

  return null
}

/** A name-and-role line without `By` (`Jane Roe, Economics Correspondent`, `Ana Lima | Health Reporter`). */
function roleOf(text: string): {name: string; role: string} | undefined {
  if (text.length > maxBylineLength || /[.!?:;"\u201C]$/.test(text)) return undefined
  const match = roleLine.exec(text)
  if (!match) return undefined
  const name = match[1]!.trim()
  const role = match[2]!.trim()
  if (!personName.test(name) || !roleWord.test(role) || role.split(' ').length > 6) return undefined
  if (name.split(' ').some((d) => isStopword(d.toLowerCase()) && /^\p{Lu}/u.test(d))) return undefined
  return {name, role}
}

/** Reporters and editors of a credits line (`Reporting by A in Lima; Editing by B and C`). */
export function creditsOf(text: string): {authors: string[]; editors: string[]} {
  const authors: string[] = []
  const editors: string[] = []
  if (text.length > 300) return {authors, editors}
  for (const part of text.replace(/^\(|\)$/g, '').split(/[;\u2022|]|\.\s/)) {
    const credit = creditPart.exec(part.trim())
    if (!credit) continue
    const names = namesIn(credit[2]!)
    if (/^edit/i.test(credit[1]!)) editors.push(...names)
    else authors.push(...names)
  }

  return {authors, editors}
}

const creditPart =
  /^(?:additional\s+)?(reporting|writing|written|compiled|editing|edited)\s+by\s+(.{1,200})$/i

/** Names in a list (`A in Lima, B and C`), a place after `in` dropped. */
function namesIn(list: string): string[] {
  return list
    .replace(/\.$/, '')
    .split(/,|&|\band\b/)
    .map((d) => d.trim().replace(/ (?:in|from|at) \p{Lu}.{0,60}$/u, ''))
    .filter((d) => /^\p{Lu}/u.test(d) && d.split(' ').length <= 4 && !notAName.test(d))
}

/**
 * Whether `text` is an author's bio line at the end of a story (`Jane Roe
 * is the paper's health correspondent.`): it opens with one of `authors`
 * (or `About the author`) and is short.
 */
export function isBio(text: string, authors: readonly string[]): boolean {
  if (text.length > 400) return false
  if (/^about the authors?\b/i.test(text)) return true
  for (const author of authors) {
    if (text.startsWith(author + ' ') && /^(?:is|was|has|writes|covers|reports)\b/.test(text.slice(author.length + 1))) return true
  }

  return false
}

/** Contacts in a contact line (`Write to X at x@paper.com and Y at y@paper.com`). */
export function contactsOf(text: string): Contact[] {
  if (text.length > 300 || !contactStart.test(text)) return []
  const contacts: Contact[] = []
  for (const match of text.matchAll(contactPair)) {
    const name = match[1]!.replace(contactStart, '')
    contacts.push({name, email: match[2]!.replace(/\.$/, '')})
  }

  return contacts
}

/** Whether `text` is a sign-off line (`Reporting by …; Editing by …`). */
export function isSignoff(text: string): boolean {
  return text.length <= 300 && (signoffLine.test(text) || contactsOf(text).length > 0)
}
