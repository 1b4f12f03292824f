/**
 * `contact-line`: how to reach the reporter or the newsroom (“Write to Jane
 * Roe at jane.roe@paper.com”, “Email: tips@paper.com”). Papers print these
 * under the story; they are about the paper, not the news, and mark where the
 * story ends (see `locate-story.ts`).
 */
import type {Line} from './line.js'
import {matchesAny} from './line.js'
import type {BoilerplateRule} from './rule.js'

const contactPatterns: readonly RegExp[] = [
  // “Write to Jane Roe at jane@paper.com”, “Contact the reporter at …”,
  // “Reach us via …”: a verb of contact, a few words, then an address.
  /^(?:please\s+)?(?:write|contact|reach|e-?mail|message)\s+(?:to\s+)?(?:[^\s@]+\s+){0,6}?(?:at|via)\s*:?\s*[\w.+-]+@[\w-]+\.\w/i,
  // “Email: tips@paper.com”, “Contact: Jane Roe, jane@paper.com”.
  /^(?:e-?mail|contact|contacts|tips?|news\s+tips?|press|letters|corrections|feedback)\s*:\s*.{0,60}?[\w.+-]+@[\w-]+\.\w/i,
  // A line that is only an address.
  /^(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
  // “Got a tip?”, “Have a news tip? …”: tip lines.
  /^(?:got|have)\s+a\s+(?:news\s+)?(?:story\s+)?tip\s*\?/i,
  /^(?:send|share|e-?mail)\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?tips\s+(?:to|at)\s+[\w.+-]+@/i
]

// “Jane Roe can be reached at jroe@paper.com or on Twitter @jroe.”: the
// subject must be a name (capitalised words), not “the hotline”.
const reachable = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:can|may|could)\s+be\s+(?:reached|contacted|e-?mailed)\s+(?:at|on|via|by)\b/u
const address = /[\w.+-]@[\w-]|(?:^|\s)@\w/

/** Whether `text` is a contact line. Exported for the story locator. */
export function isContactLine(line: Line): boolean {
  if (line.text.length > contactLine.maxLength || !line.text.includes('@')) return false
  return matchesAny(contactPatterns, line.text) || (reachable.test(line.text) && address.test(line.text))
}

export const contactLine: BoilerplateRule = Object.freeze({
  id: 'contact-line',
  reason: 'Unexpected contact line, expected story text',
  maxLength: 300,
  where: 'anywhere',
  test: isContactLine
})
