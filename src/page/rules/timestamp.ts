/**
 * `timestamp`: page metadata lines made only of a date, a time and words
 * like “Updated” or “min read” (“Updated Jan. 1, 2026 9:24 pm ET”, “3 min
 * read”). The story’s own dates sit inside sentences and never match.
 */
import {calendarWords} from '../../lexicon/calendar.js'
import type {Line} from './line.js'
import {onlyVocabulary, wordSet} from './line.js'
import {patternRule} from './rule.js'

const dateWords = {
  words: wordSet(
    'published updated posted modified last first on at ago just now today yesterday by read reading time listen listening watch am pm a m p h et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet ist kst jst hkt sgt aest aedt wib sast'
  ),
  strong: wordSet(
    calendarWords +
      ' min mins minute minutes hour hours hr hrs second seconds sec secs day days week weeks month months year years ago updated published'
  ),
  numbers: true,
  maxWords: 20
}

const digit = /\d/

export const timestamp = patternRule({
  id: 'timestamp',
  reason: 'Unexpected timestamp, expected story text',
  maxLength: 120,
  // “32M ago”, “updated 16m ago”, “2H ago”: the short form of teaser lists.
  lines: [/^(?:updated\s+)?\d{1,3}\s?(?:s|m|min|h|hr|d|w)\s+ago$/i],
  // A number is required: “Updated” or “May” alone is not a timestamp.
  test: (line: Line) => !line.sentence && digit.test(line.text) && onlyVocabulary(line.text, dateWords)
})
