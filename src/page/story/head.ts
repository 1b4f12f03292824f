/**
 * The head of a story: its headline, the title-like line that stands shortly
 * before the story span, with the dek and byline between them. On a page the
 * headline follows the navigation, so it is looked for backwards from the
 * story rather than forwards from the top of the page.
 */
import {wordCount} from '../../characters.js'
import type {StoryBlock} from './locate.js'

const titleStart = /^[\p{Lu}\p{N}"'\u2018\u201C]/u
const sentenceEnd = /[.:;,]["'\u201D\u2019)]?$/
// Bylines and their kin: “By Jane Roe”, “Posted by Jane Roe on …”.
const bylineStart = /^(?:by|(?:posted|published|written|updated|reported)\s+(?:by|on))\s/i
const lowerLetter = /\p{Ll}/u

export {wordCount}

/**
 * Whether `text` looks like a headline: a short line that does not end like a
 * sentence (a question or exclamation is fine; wire headlines in capitals end
 * with a full stop), starts with a capital or a digit, and is not a byline.
 */
export function looksLikeTitle(text: string): boolean {
  const words = wordCount(text)
  return (
    words >= 2 &&
    words <= 30 &&
    text.length <= 250 &&
    titleStart.test(text) &&
    (!sentenceEnd.test(text) || (text.endsWith('.') && !lowerLetter.test(text))) &&
    !bylineStart.test(text)
  )
}

/** A title-like line with this share of numbers is a date, not a headline. */
const dateNumbers = 0.4
// A time of day, or the words that open a timestamp: “Published Monday, …”.
const timeOrStamp = /\b\d{1,2}:\d{2}\b|^(?:published|updated|posted|last\s+updated|first\s+published)\b/i
/** Words of a headline that count in full; a longer line reads more like a dek. */
const headlineWords = 16
const innerFunctionWord =
  /\s(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|as|is|are|was|were|be|has|have|had|will|after|over|into|than|that|its|his|her|their|de|da|do|la|le|el|di|del|der|die|das|und|und|dan|yang)\s/i

/**
 * How much a title-like line looks like a headline, in words: its words up
 * to `headlineWords` (fewer beyond), halved when no word after the first is
 * a function word (a name, a publication, a list of sections: `The Wall
 * Street Journal`, `News Sport Culture`).
 */
function titleScore(text: string): number {
  const words = wordCount(text)
  const counted = words <= headlineWords ? words : Math.max(headlineWords - (words - headlineWords), 0)
  return innerFunctionWord.test(` ${text} `.slice(text.indexOf(' ') + 1)) ? counted : counted / 2
}

/**
 * Index of the headline of the story that starts at block `start`: among the
 * `window` blocks before it that no rule took, the title-like one (not a
 * date) with the best `titleScore` less its distance from the story, since
 * a headline outgrows the author’s name, the publication’s and the
 * section’s around it and stands near the story. `-1` when there is none.
 */
export function findHead(
  texts: readonly string[],
  blocks: readonly StoryBlock[],
  start: number,
  window: number
): number {
  let best = -1
  let bestScore = 0
  let seen = 0
  for (let index = start - 1; index >= 0 && seen < window; index--) {
    const block = blocks[index]!
    if (block.rule) continue
    seen++
    const text = texts[index]!
    if (!isHeadlineLike(text, block)) continue
    const score = titleScore(text) - seen
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  }

  return best === -1 ? best : headlineAbove(texts, blocks, best)
}

/** Title-like, and neither a date nor a timestamp. */
function isHeadlineLike(text: string, block: StoryBlock): boolean {
  return looksLikeTitle(text) && block.features.numbers < dateNumbers && !timeOrStamp.test(text)
}

/** Fewest words of a headline standing over a longer dek. */
const stackedWords = 4

/**
 * A headline over its dek: when the line that no rule took right above the
 * chosen one is title-like too, a headline in full (four words or more,
 * function words among them), and shorter, the chosen line is the dek under
 * it (`Council delays tram vote` over `Members want a review of the costs
 * before they decide`): the headline comes first.
 */
function headlineAbove(texts: readonly string[], blocks: readonly StoryBlock[], chosen: number): number {
  let index = chosen - 1
  while (index >= 0 && blocks[index]!.rule) index--
  if (index < 0) return chosen
  const text = texts[index]!
  const words = wordCount(text)
  if (words < stackedWords || words >= wordCount(texts[chosen]!) || !isHeadlineLike(text, blocks[index]!)) return chosen
  return titleScore(text) === Math.min(words, headlineWords) ? index : chosen
}
