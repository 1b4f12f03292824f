/**
 * Keywords: single words ranked by how often the story uses them, a name or
 * a verb a little below a noun, ties going to the word met first. Readers
 * asked for a story’s keywords pick its most repeated content words, verbs
 * included (`weds`, `resigned`); the walk that ranks phrases adds nothing
 * here.
 */
import {closedClass} from '../lexicon/closed-class.js'
import {personTitles} from '../lexicon/titles.js'
import type {Candidate} from './candidates.js'
import type {Story, StoryWord} from './document.js'
import type {Scored, Weights} from './rank.js'

const letter = /\p{L}/u

/**
 * The best `limit` keywords, best first. `neutral`: every word the neutral
 * candidates hold counts, whatever its tag.
 */
export function rankKeywords(story: Story, candidates: readonly Candidate[], weights: Weights, neutral: boolean, limit: number): Scored[] {
  // By word index: 1 for a word of some candidate, 2 for one the user allowed.
  const marks = new Uint8Array(story.words.length)
  for (const candidate of candidates) {
    if (!neutral && !candidate.allowed) continue
    for (const occurrence of candidate.occurrences) {
      for (const word of occurrence) marks[word.index] = Math.max(marks[word.index]!, candidate.allowed ? 2 : 1)
    }
  }

  // Tally every word; only the words shown gather their occurrences.
  const weightOfWord = new Float64Array(story.words.length)
  const tallies = new Map<string, {first: number; weight: number}>()
  for (const word of story.words) {
    const weight = marks[word.index] === 2 ? 1 : neutral ? marks[word.index]! : weightOf(word, weights)
    if (weight === 0) continue
    weightOfWord[word.index] = weight
    const tally = tallies.get(word.key)
    if (tally) tally.weight += weight
    else tallies.set(word.key, {first: word.index, weight})
  }

  const total = Math.max(1, story.words.length)
  const ranked: Array<{key: string; first: number; score: number}> = []
  for (const [key, {first, weight}] of tallies) {
    ranked.push({key, first, score: weight * (1 - first / total) ** weights.keywordPositionPower})
  }

  // Only the best `limit` are shown: a numeric sort of the scores finds the
  // bar, and only those over it are sorted in full.
  if (ranked.length > limit && limit > 0) {
    const scores = Float64Array.from(ranked, (d) => d.score).sort()
    const bar = scores[scores.length - limit]!
    let kept = 0
    for (const item of ranked) if (item.score >= bar) ranked[kept++] = item
    ranked.length = kept
  }

  ranked.sort((a, b) => b.score - a.score || a.first - b.first)
  const shown = new Map<string, Scored>()
  for (let index = 0; index < ranked.length && index < limit; index++) {
    const {key, score} = ranked[index]!
    shown.set(key, {candidate: {key, length: 1, occurrences: []}, score})
  }

  for (const word of story.words) {
    if (weightOfWord[word.index]! > 0) shown.get(word.key)?.candidate.occurrences.push([word])
  }

  return [...shown.values()]
}

/** What one occurrence of a word adds to its keyword: by part of speech, nothing for function words. */
function weightOf(word: StoryWord, weights: Weights): number {
  const tag = word.tag
  const weight = tag.startsWith('NNP')
    ? weights.properWeight
    : tag.startsWith('NN')
      ? 1
      : tag.startsWith('VB')
        ? weights.verbWeight
        : tag.startsWith('JJ')
          ? weights.adjectiveWeight
          : 0
  if (weight === 0 || word.stop) return 0
  const abbreviated = word.lower.endsWith('.')
  const lower = abbreviated ? word.lower.slice(0, -1) : word.lower
  if (lower.length < 2 || !letter.test(lower) || closedClass.has(lower)) return 0
  // `Rep.`, `Gen.`: an abbreviated title says nothing of the story.
  return abbreviated && personTitles.has(lower) ? 0 : weight
}
