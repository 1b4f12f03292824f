/**
 * Proper-name candidates: runs of capitalised words in a sentence, with the
 * cues around them that tell people, places and organisations apart.
 *
 * Shared by the entities plugin (which types and counts them) and the quotes
 * plugin (which needs to know who is named before a “he said”).
 */
import {isDemonym, placeOf, placeOfDemonym} from '../lexicon/gazetteer.js'
import {organizationEnds, organizationStarts, personRoles} from '../lexicon/titles.js'
import type {Span} from '../types.js'
import type {Token} from './tokens.js'
import type {WordShape} from './word-shapes.js'

/** A run of capitalised words that may be a name. */
export interface NameRun extends Span {
  /** `demonym` for adjectives of place (`North Korean`, `Russians`). */
  kind: 'name' | 'demonym'
  /** The name as written, without a possessive ending. */
  text: string
  /** Its words. */
  words: string[]
  /** Its words joined by spaces, in lower case (`kim jong un`). */
  phrase: string
  /** Title or role that puts a person before it (`president`, `leader`), lower case. */
  title: string | undefined
  /** For a demonym: the country it belongs to, when known. */
  place: string | undefined
  /** Whether the run opens its sentence (or a quote, or follows a colon): its capital may be grammar. */
  initial: boolean
  /** The word or mark right before the run (lower case, `''` at the start). */
  before: string
  /** The word or mark right after the run (lower case, `''` at the end). */
  after: string
  /** Whether an age follows (`Duran, 45,`): a person. */
  age: boolean
}

const ageNumber = /^\d{1,3}$/
// Gatherings of a body, named after it.
const gatherings = new Set(['congress', 'conference', 'convention', 'plenum', 'summit', 'meeting', 'rally', 'session'])
// Particles that may sit inside a name (`Ludwig van Beethoven`).
const particles = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'dos', 'das'])
const openers = new Set(['“', '"', '‘', "'", '(', '[', ':', '«'])

// Capitalised words that start sentences but never names.
const sentenceOpeners = new Set(['despite', 'following', 'earlier', 'later', 'today', 'tonight', 'yesterday', 'tomorrow', 'asked', 'speaking', 'instead', 'still', 'now', 'yes', 'no'])

// Words before `of` inside a name (`Bank of England`, `Gulf of Mexico`).
const ofJoiners = new Set([...organizationStarts, ...organizationEnds, 'republic', 'kingdom', 'gulf', 'sea', 'bay', 'isle', 'cape', 'strait', 'lake', 'mount', 'city', 'province', 'district', 'state', 'states', 'duke', 'secretary', 'house', 'chamber', 'people’s', "people's"])

// Words that may sit between a demonym and a title (`Russian Foreign Minister`).
const titleModifiers = new Set(['prime', 'vice', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'former', 'acting', 'chief', 'executive', 'first', 'state', 'supreme', 'grand', 'attorney', 'assistant', 'senior', 'crown', 'opposition', 'federal', 'prosecutor'])

/** Runs of capitalised words that may be names, in order, from the tokens of one sentence. */
export function nameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = []
  let index = 0

  while (index < tokens.length) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !token.shape.startsName) {
      index++
      continue
    }

    const picked = [index]
    let last = index
    while (!tokens[last]!.shape.possessive) {
      const next = joinAfter(tokens, last)
      if (next === undefined) break
      picked.push(next)
      last = next
    }

    addRun(runs, tokens, picked)
    index = last + 1
  }

  return runs
}

/** Index of the word that continues a name after the word at `last`, if any. */
function joinAfter(tokens: readonly Token[], last: number): number | undefined {
  let gap = last + 1
  // A plural possessive stays in the name (`Workers’ Party`).
  if (isApostrophe(tokens[gap]) && tokens[last]!.value.endsWith('s')) gap++
  if (!isInlineSpace(tokens[gap])) return undefined
  const next = tokens[gap + 1]
  if (!next) return undefined
  const shape = next.shape

  if (next.kind === 'word' && shape.capitalised && !shape.hasDigit) {
    // `May` after a name is a name (`Theresa May`); other months and weekdays are dates.
    if (shape.notName && (shape.normal !== 'may' || tokens[last]!.shape.stopword || isNumberAfter(tokens, gap + 1))) {
      return undefined
    }
    return gap + 1
  }

  const link = next.kind === 'word' ? shape.lower : next.value
  const joins = particles.has(link) || link === '&' || (link === 'of' && ofJoiners.has(tokens[last]!.shape.normal))
  if (!joins) return undefined
  let after = gap + 2
  // `Bank of the Philippine Islands`.
  if (link === 'of' && isInlineSpace(tokens[after]) && tokens[after + 1]?.shape.lower === 'the') after += 2
  const word = isInlineSpace(tokens[after]) ? tokens[after + 1] : undefined
  return word && word.kind === 'word' && word.shape.startsName ? after + 1 : undefined
}

function isApostrophe(token: Token | undefined): boolean {
  return token !== undefined && (token.value === '’' || token.value === "'")
}

function isInlineSpace(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'space' && token.shape.inlineSpace
}

function isNumberAfter(tokens: readonly Token[], index: number): boolean {
  return isInlineSpace(tokens[index + 1]) && tokens[index + 2] !== undefined && tokens[index + 2]!.shape.leadingDigit
}

/** Shape of the picked word at `index`. */
function shapeAt(tokens: readonly Token[], picked: readonly number[], index: number): WordShape {
  return tokens[picked[index]!]!.shape
}

/** Turn picked word indices into runs: peel stopwords, demonyms and titles off the front. */
function addRun(runs: NameRun[], tokens: readonly Token[], picked: number[]): void {
  let from = 0
  let initial = opensClause(tokens, picked[0]!)
  let title: string | undefined

  // The whole run may be a place that starts with a function word (`The Hague`).
  if (picked.length > 1 && placeOf(textOf(tokens, picked, 0)) !== undefined) {
    runs.push(makeRun(tokens, picked, 0, 'name', initial, undefined))
    return
  }

  while (from < picked.length && isFunctionWord(shapeAt(tokens, picked, from), initial || from > 0)) {
    from++
    initial = false
  }

  if (from >= picked.length) return
  // `Workers’ Party Congress`, `Labour Party Conference`: the body, not its gathering.
  if (picked.length - from > 1 && gatherings.has(shapeAt(tokens, picked, picked.length - 1).normal) && shapeAt(tokens, picked, picked.length - 2).organizationEnd) {
    picked = picked.slice(0, -1)
  }

  const endsOrganization = shapeAt(tokens, picked, picked.length - 1).organizationEnd

  // A demonym before other names is a place mention of its own (`Russian President Vladimir Putin`).
  const demonymWords = endsOrganization ? 0 : demonymLength(tokens, picked, from)
  if (demonymWords > 0) {
    const demonymEnd = from + demonymWords
    const demonym = makeRun(tokens, picked.slice(0, demonymEnd), from, 'demonym', initial, undefined)
    if (demonymEnd >= picked.length || demonymWords === picked.length - from) {
      runs.push(demonym)
      return
    }

    runs.push(demonym)
    from = demonymEnd
    initial = false
  } else if (endsInDemonym(tokens, picked)) {
    // `West Indian`: an adjective of place, not a name.
    runs.push(makeRun(tokens, picked, from, 'demonym', initial, undefined))
    return
  }

  if (endsOrganization) {
    runs.push(makeRun(tokens, picked, from, 'name', initial, undefined))
    return
  }

  let end = picked.length
  // A title with its name cut off (`South Carolina Gov.` before a line break) names nobody.
  while (end > from && shapeAt(tokens, picked, end - 1).title) end--
  if (end === from) return

  // A title inside the run: what follows is the person (`Boxing Association President Ramon Manzanares`).
  let block = from
  while (block < end - 1 && !shapeAt(tokens, picked, block).title && !(shapeAt(tokens, picked, block).role && end - block > 2)) block++
  if (block < end - 1) {
    let blockStart = block
    while (blockStart > from && titleModifiers.has(shapeAt(tokens, picked, blockStart - 1).normal)) blockStart--
    let blockEnd = block + 1
    while (blockEnd < end - 1 && (shapeAt(tokens, picked, blockEnd).title || titleModifiers.has(shapeAt(tokens, picked, blockEnd).normal))) blockEnd++
    if (blockStart > from) {
      // What comes before stays a name if it names a body or a place (`Boxing Association`).
      const left = picked.slice(0, blockStart)
      if (shapeAt(tokens, picked, blockStart - 1).organizationEnd || placeOf(textOf(tokens, left, from)) !== undefined) {
        runs.push(makeRun(tokens, left, from, 'name', initial, undefined))
      }
    }

    title = shapeAt(tokens, picked, blockEnd - 1).normal
    from = blockEnd
    initial = false
  }

  runs.push(makeRun(tokens, picked.slice(0, end), from, 'name', initial, title))
}

function isFunctionWord(shape: WordShape, initial: boolean): boolean {
  if (shape.allCaps) return false
  return shape.normalStopword || shape.notName || (initial && sentenceOpeners.has(shape.normal))
}

/** Number of words at `from` that make a demonym (`North Korean` is 2), or 0. */
function demonymLength(tokens: readonly Token[], picked: readonly number[], from: number): number {
  const first = tokens[picked[from]!]!
  const second = picked[from + 1] === undefined ? undefined : tokens[picked[from + 1]!]!.value
  if (second !== undefined && isDemonym(first.value + ' ' + second)) return 2
  if (first.shape.demonym) return 1
  // `Russians`, `Americans`: plural demonyms stand alone.
  if (picked.length - from === 1 && first.shape.pluralDemonym) return 1
  return 0
}

function endsInDemonym(tokens: readonly Token[], picked: readonly number[]): boolean {
  return picked.length > 1 && shapeAt(tokens, picked, picked.length - 1).bareDemonym && placeOf(textOf(tokens, picked, 0)) === undefined
}

/** Whether the word at `index` opens a sentence, a quote, or a clause after a colon. */
function opensClause(tokens: readonly Token[], index: number): boolean {
  let before = index - 1
  while (before >= 0 && tokens[before]!.kind === 'space') before--
  if (before < 0) return true
  return openers.has(tokens[before]!.value)
}

function makeRun(
  tokens: readonly Token[],
  picked: readonly number[],
  from: number,
  kind: NameRun['kind'],
  initial: boolean,
  title: string | undefined
): NameRun {
  const first = picked[from]!
  const last = picked[picked.length - 1]!
  const lastToken = tokens[last]!
  const text = textOf(tokens, picked, from)
  const end = lastToken.end - (lastToken.value.length - lastToken.shape.bare.length)
  const words: string[] = []
  // Lower case word by word is lower case of the words joined: a space ends every context (`Σ` → `ς`).
  let phrase = ''
  for (let index = from; index < picked.length; index++) {
    const shape = tokens[picked[index]!]!.shape
    words.push(shape.bare)
    phrase = index === from ? shape.bareLower : phrase + ' ' + shape.bareLower
  }

  const before = neighbour(tokens, first, -1)
  const after = neighbour(tokens, last, 1)
  const role = title ?? (personRoles.has(before) ? before : undefined)
  let place: string | undefined
  if (kind === 'demonym') {
    const name = words.join(' ')
    place = placeOfDemonym(name) ?? placeOfDemonym(name.replace(/s$/, ''))
  }

  return {kind, text, words, phrase, start: tokens[first]!.start, end, title: role, place, initial, before, after, age: ageAfter(tokens, last)}
}

/** Text of the picked words from `from`, as written, without a final possessive. */
function textOf(tokens: readonly Token[], picked: readonly number[], from: number): string {
  const last = picked[picked.length - 1]!
  let text = ''
  for (let index = picked[from]!; index < last; index++) text += tokens[index]!.value
  return text + tokens[last]!.shape.bare
}

function neighbour(tokens: readonly Token[], index: number, step: 1 | -1): string {
  let at = index + step
  if (tokens[at]?.kind === 'space') at += step
  const token = tokens[at]
  return token ? token.shape.normal : ''
}

function ageAfter(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.value === ',' && isInlineSpace(tokens[last + 2]) && ageNumber.test(tokens[last + 3]?.value ?? '')
}
