/**
 * Language-neutral candidates, for text the tagger cannot read (not
 * English): runs of up to three words between marks and between the
 * story’s own function words, found as the short words it uses most. No
 * stemmer either: a word is matched in lower case.
 */
import type {Candidate} from './candidates.js'
import type {Story, StoryWord} from './document.js'

/** Most words in a neutral candidate. */
const longest = 3
/** Words this short (in letters) are function words in most languages written with spaces. */
const shortWord = 3
/** Of the story’s most frequent word types, this many… */
const frequentTypes = 12
/** …that are at most this long, are function words too (`und`, `les`, `para`). */
const frequentLength = 5

const letters = /\p{L}/gu

const functionTags = new Set(['DT', 'PRP', 'PRP$', 'IN', 'CC', 'TO', 'MD', 'WDT', 'WP', 'EX'])

/**
 * Whether the tags say anything: enough function words (a tenth) that the
 * text reads as English. Counting stops as soon as there are enough.
 */
export function isTaggedEnglish(story: Story): boolean {
  const total = story.words.length
  if (total < 20) return true
  let functions = 0
  for (const word of story.words) {
    if (functionTags.has(word.tag) && ++functions / total >= 0.1) return true
  }

  return false
}

/** Candidates from the runs of content words, keyed by lower case; word keys become lower case too. */
export function neutralCandidates(story: Story): Candidate[] {
  for (const word of story.words) word.key = word.lexeme.lower
  const stop = functionWords(story.words)
  const byKey = new Map<string, Candidate>()
  let run: StoryWord[] = []

  const close = () => {
    // Each run gives its longest tail and every word alone: with no grammar
    // to say where its head is, the walk and the counts decide.
    const phrases = run.length > 1 ? [run.slice(-longest), ...run.map((word) => [word])] : run.length === 1 ? [run] : []
    for (const phrase of phrases) {
      const key = phrase.map((word) => word.key).join(' ')
      const candidate = byKey.get(key)
      if (candidate) candidate.occurrences.push(phrase)
      else byKey.set(key, {key, length: phrase.length, occurrences: [phrase]})
    }

    run = []
  }

  for (const word of story.words) {
    if (!word.joined) close()
    if (stop.has(word.key) || letterCount(word.lexeme.bare) <= shortWord) close()
    else run.push(word)
  }

  close()
  return [...byKey.values()]
}

function functionWords(words: readonly StoryWord[]): Set<string> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word.key, (counts.get(word.key) ?? 0) + 1)
  const frequent = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, frequentTypes)
  return new Set(frequent.filter(([key, count]) => count > 1 && letterCount(key) <= frequentLength).map(([key]) => key))
}

function letterCount(value: string): number {
  return value.match(letters)?.length ?? 0
}
