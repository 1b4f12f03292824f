/**
 * The user’s lists: stop phrases, never returned, and allowed phrases, taken
 * as candidates wherever they occur whatever the tagger says of their words
 * (`Internet of Things`, `Brexit`). Both match by key, so `claims` also
 * stops `claim`.
 */
import type {Candidate} from './candidates.js'
import type {StoryWord} from './document.js'

/** Keys of the stop phrases. */
export function stopKeys(phrases: readonly string[], keyOf: (text: string) => string): Set<string> {
  return new Set(phrases.map(keyOf).filter(Boolean))
}

/**
 * Add the occurrences of the allowed phrases to `candidates` (as new
 * candidates, or to those with the same key), marked `allowed`.
 */
export function addAllowed(words: readonly StoryWord[], candidates: Candidate[], phrases: readonly string[], keyOf: (text: string) => string): void {
  if (phrases.length === 0) return
  // Allowed phrases by their first word’s key; a word key may hold spaces
  // (`storm-related`), so phrases are compared word by word.
  const byFirst = new Map<string, string[][]>()
  for (const phrase of phrases) {
    const keys = phrase.split(/\s+/).filter(Boolean).map(keyOf).filter(Boolean)
    if (keys.length === 0) continue
    const list = byFirst.get(keys[0]!) ?? []
    list.push(keys)
    byFirst.set(keys[0]!, list)
  }

  const byKey = new Map(candidates.map((candidate) => [candidate.key, candidate]))
  const touched = new Set<Candidate>()
  for (let index = 0; index < words.length; index++) {
    for (const keys of byFirst.get(words[index]!.key) ?? []) {
      const occurrence = matchAt(words, index, keys)
      if (!occurrence) continue
      const key = keys.join(' ')
      let candidate = byKey.get(key)
      if (!candidate) {
        candidate = {key, length: keys.length, occurrences: []}
        byKey.set(key, candidate)
        candidates.push(candidate)
      }

      candidate.allowed = true
      candidate.occurrences.push(occurrence)
      touched.add(candidate)
    }
  }

  // The tagger may have found some of the same occurrences.
  for (const candidate of touched) {
    const seen = new Set<number>()
    candidate.occurrences = candidate.occurrences
      .sort((a, b) => a[0]!.index - b[0]!.index)
      .filter((occurrence) => !seen.has(occurrence[0]!.index) && seen.add(occurrence[0]!.index))
  }
}

function matchAt(words: readonly StoryWord[], index: number, keys: readonly string[]): StoryWord[] | undefined {
  const occurrence: StoryWord[] = []
  for (const [offset, key] of keys.entries()) {
    const word = words[index + offset]
    if (!word || word.key !== key || (offset > 0 && !word.joined)) return undefined
    occurrence.push(word)
  }

  return occurrence
}
