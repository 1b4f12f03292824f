/**
 * Anchors of numbers and dates in a paragraph, found in one pass: digits,
 * number words, months, weekdays, `yesterday` and the like, and spans
 * (`week`, `year`). See `scan.ts` for how they are used.
 */
import {dateWords, spanReach, spans, weekdayReach, weekdays} from './dates.js'
import {numberReach, numberWords} from './numbers.js'
import type {Anchor} from './scan.js'

/**
 * A number word as the case-insensitive Unicode pattern of the numbers
 * reader matches it: each letter in either case, and `ſ` for `s` (the one
 * other sign that folds onto these letters; the Kelvin sign folds onto `k`,
 * which no number word has).
 */
function caseless(word: string): string {
  let pattern = ''
  for (const char of word) pattern += `[${char}${char.toUpperCase()}${char === 's' ? 'ſ' : ''}]`
  return pattern
}

// Anchors start no word: a number refuses a letter or digit before it, a date a word character.
// Spans come before the date words, so `decade` is a span and not `Dec`.
const anchorPattern = new RegExp(
  `(?<![A-Za-z0-9])(?:(\\d+)|(${numberWords.map(caseless).join('|')})|(${spans})|(${weekdays})|${dateWords})`,
  'g'
)

/** Anchors of the numbers and of the dates of `text`, each in order. */
export function anchorsOf(text: string): {numbers: Anchor[]; dates: Anchor[]} {
  const numbers: Anchor[] = []
  const dates: Anchor[] = []
  anchorPattern.lastIndex = 0
  let match = anchorPattern.exec(text)
  while (match) {
    const at = match.index
    if (match[1] !== undefined) {
      numbers.push({at, reach: numberReach})
      dates.push({at, reach: 0})
    } else if (match[2] !== undefined) {
      numbers.push({at, reach: numberReach})
    } else {
      dates.push({at, reach: match[3] === undefined ? (match[4] === undefined ? 0 : weekdayReach) : spanReach})
    }

    match = anchorPattern.exec(text)
  }

  return {numbers, dates}
}
