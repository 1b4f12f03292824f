/**
 * Keywords: single words ranked by how often the story uses them, a name or
 * a verb a little below a noun, ties going to the word met first. Readers
 * asked for a story’s keywords pick its most repeated content words, verbs
 * included (`weds`, `resigned`); the walk that ranks phrases adds nothing
 * here.
 */
import type {Candidate} from './candidates.js'
import {isCommon, type Story, type StoryWord} from './document.js'
import type {Scored, Weights} from './rank.js'

/**
 * The best `limit` keywords, best first. `neutral`: every word the neutral
 * candidates hold counts, whatever its tag.
 */
export function rankKeywords(story: Story, candidates: readonly Candidate[], weights: Weights, neutral: boolean, limit: number): Scored[] {
  const words = story.words
  // By word index: 1 for a word of some candidate, 2 for one the user
  // allowed; only made when something is marked.
  let marks: Uint8Array | undefined
  for (const candidate of candidates) {
    if (!neutral && !candidate.allowed) continue
    marks ??= new Uint8Array(words.length)
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
  const slotOfWord = new Int32Array(words.length).fill(-1)
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const mark = marks === undefined ? 0 : marks[index]!
    const weight = mark === 2 ? 1 : neutral ? mark : weightOf(word, weights)
    if (weight === 0) continue
    let slot = slots.get(word.key)
    if (slot === undefined) {
      slot = keys.length
      slots.set(word.key, slot)
      keys.push(word.key)
      firsts.push(index)
      sums.push(0)
    }

    sums[slot]! += weight
    slotOfWord[index] = slot
  }

  const total = Math.max(1, words.length)
  const power = weights.keywordPositionPower
  const scoreOf = (slot: number) => sums[slot]! * (1 - firsts[slot]! / total) ** power
  const best = limit > 0 ? bestSlots(sums, scoreOf, limit, power >= 0) : allSlots(keys.length, scoreOf, limit, firsts)

  // Place of each shown slot in the result, -1 for the rest.
  const shown: Scored[] = []
  const placeOfSlot = new Int32Array(keys.length).fill(-1)
  for (let place = 0; place < best.slots.length; place++) {
    const slot = best.slots[place]!
    placeOfSlot[slot] = place
    shown.push({candidate: {key: keys[slot]!, length: 1, occurrences: []}, score: best.scores[place]!})
  }

  for (let index = 0; index < words.length; index++) {
    const slot = slotOfWord[index]!
    if (slot === -1) continue
    const place = placeOfSlot[slot]!
    if (place !== -1) shown[place]!.candidate.occurrences.push([words[index]!])
  }

  return shown
}

/** Slots, best first, and their scores. */
interface Ranked {
  slots: number[]
  scores: number[]
}

/**
 * The best `limit` slots (`limit` above 0): highest score first, then the
 * one met first (slots are numbered in order of first occurrence). When a
 * score is its sum times a factor of at most 1 (`capped`: the factor’s
 * power is not negative), a slot whose sum is not over the last of a full
 * list is passed over without working its score out.
 */
function bestSlots(sums: readonly number[], scoreOf: (slot: number) => number, limit: number, capped: boolean): Ranked {
  const slots: number[] = []
  const scores: number[] = []
  for (let slot = 0; slot < sums.length; slot++) {
    const full = slots.length === limit
    const sum = sums[slot]!
    if (full && capped && sum >= 0 && sum <= scores[limit - 1]!) continue
    const score = scoreOf(slot)
    // A tie goes to the slot already in: it was met first.
    if (full && score <= scores[limit - 1]!) continue
    let place = full ? limit - 1 : slots.length
    while (place > 0 && scores[place - 1]! < score) {
      slots[place] = slots[place - 1]!
      scores[place] = scores[place - 1]!
      place--
    }

    slots[place] = slot
    scores[place] = score
  }

  return {slots, scores}
}

/** All slots but the last `-limit` (`limit` at most 0), best first, as `slice(0, limit)` of the ranking. */
function allSlots(count: number, scoreOf: (slot: number) => number, limit: number, firsts: readonly number[]): Ranked {
  const all: number[] = []
  for (let slot = 0; slot < count; slot++) all.push(scoreOf(slot))
  const slots = [...all.keys()].sort((a, b) => all[b]! - all[a]! || firsts[a]! - firsts[b]!).slice(0, limit)
  return {slots, scores: slots.map((slot) => all[slot]!)}
}

/** What one occurrence of a word adds to its keyword: by part of speech, nothing for function words. */
function weightOf(word: StoryWord, weights: Weights): number {
  const tag = word.tag
  if (!word.facts.keyword) return 0
  // A generic word is no keyword (`Year` of `New Year`, `North`, `officials`): the phrase that holds it may be.
  if (word.facts.generic) return 0
  // A general noun (`company`) steps back behind the story's topics.
  if (word.facts.general && isCommon(word)) return weights.generalWeight
  if (tag.startsWith('NNP')) return weights.properWeight
  if (tag.startsWith('NN')) return 1
  if (tag.startsWith('VB')) return weights.verbWeight
  return tag.startsWith('JJ') ? weights.adjectiveWeight : 0
}
