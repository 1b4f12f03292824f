/**
 * Bylines (`By Jane Roe and John Doe`) and contact lines (`Write to Jane Roe
 * at jane.roe@paper.com`), which name the authors.
 */
import type {Contact} from '../types.js'

const bylineStart = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)[:\s]\s*(?=\p{Lu})/u
const contactStart = /^(?:[Ww]rite to|[Cc]ontact|[Ee]-?mail|[Rr]each)\s+(?=\p{Lu})/u
const contactPair =
  /(\p{Lu}[\p{L}.'\u2019-]{0,30}(?: \p{Lu}[\p{L}.'\u2019-]{0,30}){0,3}) (?:at|via) ([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5})/gu
const signoffLine =
  /^(?:(?:additional )?reporting by|editing by|writing by|compiled by|\(?(?:reporting|editing) by)\s/i
// Roles and agencies that stand beside names in a byline; not names themselves.
const notAName =
  /\b(?:staff|writer|correspondent|reporter|editor|contributor|columnist|reuters|associated press|afp|bloomberg|updated|published)\b|\d/i
const nameSeparator = /\s*(?:,|;|&|\||\band\b|\s\u2014\s|\sfor\s)\s*/

/** Bylines are short. */
const maxBylineLength = 120

/** Whether `text` is a byline line. */
export function isByline(text: string): boolean {
  return text.length <= maxBylineLength && bylineStart.test(text)
}

/** Author names in a byline line. */
export function bylineAuthors(text: string): string[] {
  return text
    .replace(bylineStart, '')
    .split(nameSeparator)
    .map((d) => d.trim())
    .filter((d) => /^\p{Lu}/u.test(d) && d.split(' ').length <= 4 && !notAName.test(d))
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
