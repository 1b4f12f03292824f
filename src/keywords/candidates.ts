/**
 * Candidate keyphrases: runs of adjectives and nouns that end in a noun
 * (`massive rebuilding effort`, `Federal Emergency Management Agency`),
 * inside one sentence and between two marks, grouped by their stems.
 *
 * A run breaks where a name starts after a word in lower case (an apposition
 * such as `adjuster Balcombe Group`, or a verb taken for an adjective:
 * `nominated Clarence Thomas`) and after a possessive (`Bush’s`), and loses
 * the words in front that count, rank or date rather than describe
 * (`several cases`, `largest fire`, `percent eclipse`).
 */
import {vagueNouns} from '../lexicon/vague-nouns.js'
import type {StoryWord} from './document.js'

/** A candidate phrase: every occurrence of one stem sequence. */
export interface Candidate {
  /** Stems of the words joined by a space. */
  key: string
  /** Number of words. */
  length: number
  /** Each occurrence, as its words, in order. */
  occurrences: StoryWord[][]
  /** Whether the user’s allow list named it: its words count whatever their tags. */
  allowed?: boolean
}

/** Most words in a phrase; a longer run keeps its last words, where its head is. */
const longestPhrase = 5

// Adjectives that count or point rather than describe: `other officials`, `several cases`.
const weakModifiers = new Set(
  'other many much few several such same own various certain more most less least only further another next last former latter'.split(' ')
)
// Adjectives that rank or compare: ordinals, the common comparatives and superlatives.
const grades = new Set(
  (
    'first second third fourth fifth sixth seventh eighth ninth tenth good bad big small best worst better worse ' +
    'biggest largest highest lowest greatest smallest oldest newest bigger larger higher lower greater smaller older newer ' +
    'faster slower stronger weaker harder easier longer shorter cheaper deeper wider closer richer poorer safer tougher'
  ).split(' ')
)

/** Candidate phrases of the story, in order of first occurrence. */
export function findCandidates(words: readonly StoryWord[]): Candidate[] {
  const byKey = new Map<string, Candidate>()
  const candidates: Candidate[] = []
  const roles = new Uint8Array(words.length)
  for (const word of words) roles[word.index] = roleOf(word)
  // The run so far: its first `size` words (the array is reused).
  const run: StoryWord[] = []
  let size = 0

  const close = () => {
    if (size === 0) return
    const phrase = trim(run, size, roles)
    size = 0
    if (!phrase) return
    let key = phrase[0]!.key
    for (let index = 1; index < phrase.length; index++) key += ' ' + phrase[index]!.key
    const candidate = byKey.get(key)
    if (candidate) {
      candidate.occurrences.push(phrase)
    } else {
      const created = {key, length: phrase.length, occurrences: [phrase]}
      byKey.set(key, created)
      candidates.push(created)
    }
  }

  for (const word of words) {
    if (!word.joined || (size > 0 && startsName(run[size - 1]!, word))) close()
    if (roles[word.index] === none || isVerbAfterTo(words, word)) {
      close()
      continue
    }

    run[size++] = word
    if (word.lexeme.possessive) close()
  }

  close()
  return candidates
}

/**
 * Whether a word in lower case follows a modal, or `to` with an object
 * after it: a verb, whatever the tagger made of it (`able to handle
 * hydrogen`, `will fuel buses`).
 */
function isVerbAfterTo(words: readonly StoryWord[], word: StoryWord): boolean {
  if (!word.joined || word.index === 0 || !word.lexeme.lowered) return false
  const tag = words[word.index - 1]!.tag
  if (tag === 'MD') return true
  if (tag !== 'TO') return false
  // `to school on Monday` is a place to go: a verb takes an object.
  const next = words[word.index + 1]
  return next !== undefined && next.joined && (next.tag === 'DT' || next.tag === 'PRP$' || next.tag.startsWith('NN') || next.tag === 'JJ')
}

/** Roles of a word: none, in a phrase but not at its end, or at its end too. */
const none = 0
const modifier = 1
const head = 2

/** Whether a word may sit in a phrase (`modifier`), and whether it may end one (`head`). */
function roleOf(word: StoryWord): number {
  const tag = word.tag
  const noun = tag.startsWith('NN')
  if (!noun && tag !== 'JJ' && tag !== 'FW') return none
  const facts = word.facts
  if (facts.phrase === 'never' || (facts.phrase === 'noun' && tag !== 'NN' && tag !== 'NNS')) return none
  return noun && !facts.direction ? head : modifier
}

/**
 * Whether `word` starts a name right after a word in lower case (see the
 * top of this file). Whether that word starts with a capital is its
 * lexeme’s `capitalised` (its `bare` form starts as the written word does).
 */
function startsName(last: StoryWord, word: StoryWord): boolean {
  return !last.caseless && !word.caseless && word.tag.startsWith('NNP') && !last.lexeme.capitalised
}

/** The phrase in the first `size` words of a run: modifiers off the end, weak and vague words off the front, its last words if long. */
function trim(run: readonly StoryWord[], size: number, roles: Uint8Array): StoryWord[] | undefined {
  let start = 0
  let end = size
  while (end > start && roles[run[end - 1]!.index] !== head) end--
  while (start < end - 1 && isWeak(run[start]!)) start++
  if (end === start) return undefined
  // A generic word alone is no topic (`Sunday`, `north`, `officials`); in a phrase it may be (`fire season`).
  if (end - start === 1 && run[start]!.facts.generic) return undefined
  return run.slice(Math.max(start, end - longestPhrase), end)
}

/** Whether a word in front counts, ranks or dates rather than describes (`several`, `largest`, `percent`). */
function isWeak(word: StoryWord): boolean {
  const tag = word.tag
  if (tag.startsWith('NN')) return vagueNouns.has(word.lexeme.lower) || (word.caseless && weakModifiers.has(word.lexeme.lower))
  return tag === 'JJS' || tag === 'JJR' || weakModifiers.has(word.lexeme.lower) || grades.has(word.lexeme.lower)
}
