/**
 * Find where the story ends: the sign-off after which only page furniture
 * follows. The `after-signoff` rule applies to the lines after it.
 *
 * A sign-off (a contact line, “Reporting by …”, an end mark) may also appear
 * near the top (“Contact: tips@paper.com”) or in the middle of a page that
 * holds several stories, so it only ends the story when most of the story
 * text on the page lies before it.
 */
import type {Line} from './rules/line.js'
import {isContactLine} from './rules/contact.js'

/** What the locator needs to know of each paragraph. */
export interface StoryFacts {
  /** Whether the paragraph is a sign-off line. */
  readonly signoff: boolean
  /** Whether the paragraph reads as story text (see `isStoryLine`). */
  readonly story: boolean
}

/** Fewest words of a story paragraph. */
const storyWords = 12
/** Most story paragraphs allowed after the sign-off that ends the story… */
const maxStoryAfter = 2
/** …and then only when there are this many times as many before it. */
const storyRatio = 4

const credit =
  /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|produced|research|contributing)(?:\s+(?:by|from)\b|\s*:)/i
const contributed = /\bcontributed\s+(?:to\s+this\s+(?:report|article|story)|reporting|research)\b/i
const endMark = /^(?:\(?end\)?|ends|###|-+\s*30\s*-+|■|□|◼)$/i
const agencyTag = /^(?:[—–-]+\s*|\()(?:(?:the\s+)?associated\s+press|reuters|afp|ap|bloomberg|dpa|xinhua|efe|ansa|kyodo|yonhap|upi)\)?\.?$/i

/** Whether a line signs the story off. */
export function isSignoffLine(line: Line): boolean {
  const text = line.text
  if (text.length > 300) return false
  return isContactLine(line) || credit.test(text) || contributed.test(text) || endMark.test(text) || agencyTag.test(text)
}

/** Whether a line reads as story text: a sentence of some length. */
export function isStoryLine(line: Line): boolean {
  return line.sentence && line.words >= storyWords
}

/**
 * Index (into `facts`) of the sign-off that ends the story: the first one
 * with story text before it and (almost) none after it; `-1` when there is
 * none.
 */
export function locateStoryEnd(facts: readonly StoryFacts[]): number {
  let total = 0
  for (const fact of facts) if (fact.story) total++

  let before = 0
  for (const [index, fact] of facts.entries()) {
    if (fact.signoff && before > 0) {
      const after = total - before - (fact.story ? 1 : 0)
      if (after === 0 || (after <= maxStoryAfter && before >= storyRatio * after)) return index
    }

    if (fact.story) before++
  }

  return -1
}
