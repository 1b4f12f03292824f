/**
 * Keywords: single words ranked by how often the story uses them, a name or
 * a verb a little below a noun, ties going to the word met first. Readers
 * asked for a story’s keywords pick its most repeated content words, verbs
 * included (`weds`, `resigned`); the walk that ranks phrases adds nothing
 * here.
 */
import type {Candidate} from './candidates.js'
import type {Story, StoryWord} from './document.js'
import type {Scored, Weights} from './rank.js'

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

  // Tally every word by key into parallel arrays; only the words shown
  // gather their occurrences.
  const slots = new Map<string, number>()
  const keys: string[] = []
  const firsts: number[] = []
  const sums: number[] = []
  const slotOfWord = new Int32Array(story.words.length).fill(-1)
  for (const word of story.words) {
    const weight = marks[word.index] === 2 ? 1 : neutral ? marks[word.index]! : weightOf(word, weights)
    if (weight === 0) continue
    let slot = slots.get(word.key)
    if (slot === undefined) {
      slot = keys.length
      slots.set(word.key, slot)
      keys.push(word.key)
      firsts.push(word.index)
      sums.push(0)
    }

    sums[slot]! += weight
    slotOfWord[word.index] = slot
  }

  const total = Math.max(1, story.words.length)
  const scores = new Float64Array(keys.length)
  for (let slot = 0; slot < keys.length; slot++) scores[slot] = sums[slot]! * (1 - firsts[slot]! / total) ** weights.keywordPositionPower

  // Only the best `limit` are shown: a numeric sort of the scores finds the
  // bar, and only the slots over it are sorted in full.
  const bar = keys.length > limit && limit > 0 ? scores.slice().sort()[keys.length - limit]! : Number.NEGATIVE_INFINITY
  const best: number[] = []
  for (let slot = 0; slot < keys.length; slot++) if (scores[slot]! >= bar) best.push(slot)
  best.sort((a, b) => scores[b]! - scores[a]! || firsts[a]! - firsts[b]!)

  const shown: Array<Scored | undefined> = []
  for (const slot of best.slice(0, limit)) shown[slot] = {candidate: {key: keys[slot]!, length: 1, occurrences: []}, score: scores[slot]!}
  for (const word of story.words) {
    const slot = slotOfWord[word.index]!
    if (slot !== -1) shown[slot]?.candidate.occurrences.push([word])
  }

  return best.slice(0, limit).map((slot) => shown[slot]!)
}

/** What one occurrence of a word adds to its keyword: by part of speech, nothing for function words. */
function weightOf(word: StoryWord, weights: Weights): number {
  const tag = word.tag
  if (!word.facts.keyword) return 0
  if (tag.startsWith('NNP')) return weights.properWeight
  if (tag.startsWith('NN')) return 1
  if (tag.startsWith('VB')) return weights.verbWeight
  return tag.startsWith('JJ') ? weights.adjectiveWeight : 0
}
