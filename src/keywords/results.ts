/**
 * Turn merged candidates into the plain results of `file.data.topics`: the
 * best surface form, a score from 0 to 1, the count, every position and the
 * forms merged in.
 */
import type {KeyphraseResult, KeywordResult, Span} from '../types.js'
import type {Story, StoryWord} from './document.js'
import type {Merged} from './merge.js'

const allCaps = /^[^\p{Ll}]+$/u

/**
 * How the words of `items` whose capitals say nothing are written where they
 * do: the most frequent such form, by lower case. Only for the words shown,
 * so one pass over the story at most.
 */
export function trustedForms(story: Story, items: readonly Merged[]): Map<string, string> {
  const wanted = new Set<string>()
  for (const item of items) {
    for (const occurrence of item.candidate.occurrences) {
      for (const word of occurrence) if (word.caseless) wanted.add(word.lexeme.lower)
    }
  }

  const counts = new Map<string, Map<string, number>>()
  if (wanted.size > 0) {
    for (const word of story.words) {
      if (word.caseless || !wanted.has(word.lexeme.lower)) continue
      const forms = counts.get(word.lexeme.lower) ?? new Map<string, number>()
      forms.set(word.lexeme.bare, (forms.get(word.lexeme.bare) ?? 0) + 1)
      counts.set(word.lexeme.lower, forms)
    }
  }

  const result = new Map<string, string>()
  for (const [key, forms] of counts) result.set(key, mostFrequent(forms))
  return result
}

/** Keyphrase results, best first, at most `maximum`. */
export function toKeyphrases(ranked: readonly Merged[], forms: ReadonlyMap<string, string>, maximum: number): KeyphraseResult[] {
  return normalise(ranked.slice(0, maximum)).map(({item, score}) => {
    const occurrences = allOccurrences(item)
    return {
      phrase: display(item.candidate.occurrences, forms),
      stems: item.candidate.occurrences[0]!.map((word) => word.key),
      score,
      count: occurrences.length,
      positions: occurrences.map(spanOf),
      forms: formsOf(occurrences)
    }
  })
}

/** Keyword results, best first, at most `maximum`. */
export function toKeywords(ranked: readonly Merged[], forms: ReadonlyMap<string, string>, maximum: number): KeywordResult[] {
  return normalise(ranked.slice(0, maximum)).map(({item, score}) => {
    const occurrences = allOccurrences(item)
    return {
      word: display(item.candidate.occurrences, forms),
      stem: item.candidate.key,
      score,
      count: occurrences.length,
      positions: occurrences.map(spanOf),
      forms: formsOf(occurrences)
    }
  })
}

/** The phrase as the story writes it best: each word in its trusted form, lower case unless a name. */
function display(occurrences: ReadonlyArray<readonly StoryWord[]>, forms: ReadonlyMap<string, string>): string {
  // The occurrence whose capitals say the most.
  let sample = occurrences[0]!
  let doubts = caselessCount(sample)
  for (let index = 1; index < occurrences.length && doubts > 0; index++) {
    const count = caselessCount(occurrences[index]!)
    if (count < doubts) [sample, doubts] = [occurrences[index]!, count]
  }

  // A word whose capital says nothing, and is nowhere else trusted, keeps it
  // in a name (`Kim` of `Kim Jong Un praised …`).
  const named = sample.some((word) => !word.caseless && word.tag.startsWith('NNP'))
  return sample
    .map((word) => {
      const trusted = word.caseless ? forms.get(word.lexeme.lower) : word.lexeme.bare
      if (trusted !== undefined) return trusted
      return (named || word.tag.startsWith('NNP')) && word.lexeme.capitalised && !allCaps.test(word.lexeme.bare) ? word.lexeme.bare : word.lexeme.lower
    })
    .join(' ')
}

function caselessCount(occurrence: readonly StoryWord[]): number {
  let count = 0
  for (const word of occurrence) if (word.caseless) count++
  return count
}

/** Occurrences of an item and of the items merged into it, in text order. */
function allOccurrences(item: Merged): StoryWord[][] {
  if (item.members.length === 0) return item.candidate.occurrences
  const occurrences = [item, ...item.members].flatMap((d) => d.candidate.occurrences)
  occurrences.sort((a, b) => a[0]!.index - b[0]!.index || b.length - a.length)
  // An allowed phrase and a phrase inside it may be two members: count their words once.
  let end = -1
  return occurrences.filter((occurrence) => {
    if (occurrence[0]!.index <= end) return false
    end = occurrence[occurrence.length - 1]!.index
    return true
  })
}

function formsOf(occurrences: ReadonlyArray<readonly StoryWord[]>): string[] {
  const counts = new Map<string, number>()
  for (const occurrence of occurrences) {
    const form = occurrence.length === 1 ? occurrence[0]!.lexeme.bare : occurrence.map((word) => word.lexeme.bare).join(' ')
    counts.set(form, (counts.get(form) ?? 0) + 1)
  }

  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form)
}

function spanOf(occurrence: readonly StoryWord[]): Span {
  return {start: occurrence[0]!.node.position?.start.offset ?? 0, end: occurrence[occurrence.length - 1]!.node.position?.end.offset ?? 0}
}

/** Scores relative to the best (1), rounded. */
function normalise(items: readonly Merged[]): Array<{item: Merged; score: number}> {
  const top = items[0]?.score ?? 0
  return items.map((item) => ({item, score: top > 0 ? Math.round((item.score / top) * 1e4) / 1e4 : 0}))
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = ''
  let bestCount = 0
  for (const [form, count] of counts) {
    if (count > bestCount) {
      best = form
      bestCount = count
    }
  }

  return best
}
