/**
 * Proper-name candidates: runs of capitalised words in a sentence, with the
 * cues around them that tell people, places and organisations apart.
 *
 * Shared by the entities plugin (which types and counts them) and the quotes
 * plugin (which needs to know who is named before a “he said”).
 */
import {isDemonym, placeOf, placeOfDemonym} from '../lexicon/gazetteer.js'
import {isStopword} from '../lexicon/stopwords.js'
import {normal, notNames, organizationEnds, organizationStarts, personRoles, personTitles} from '../lexicon/titles.js'
import type {Span} from '../types.js'
import {isAllCaps, isCapitalised, withoutPossessive, type Token} from './tokens.js'

/** A run of capitalised words that may be a name. */
export interface NameRun extends Span {
  /** `demonym` for adjectives of place (`North Korean`, `Russians`). */
  kind: 'name' | 'demonym'
  /** The name as written, without a possessive ending. */
  text: string
  /** Its words. */
  words: string[]
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

// `Soviet-era`, `Russia-backed`: a name made an adjective.
const lowerCompound = /-\p{Ll}+$/u
const possessive = /['’]s$/i
const inlineSpace = /^[ \t\u00A0]+$/
const ageNumber = /^\d{1,3}$/
const digit = /\d/
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
export function nameRuns(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = []
  let index = 0

  while (index < tokens.length) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !startsName(token.value)) {
      index++
      continue
    }

    const picked = [index]
    let last = index
    while (!possessive.test(tokens[last]!.value)) {
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

function startsName(word: string): boolean {
  return isCapitalised(word) && !lowerCompound.test(word) && !digit.test(word) && !notNames.has(normal(withoutPossessive(word)))
}

/** Index of the word that continues a name after the word at `last`, if any. */
function joinAfter(tokens: Token[], last: number): number | undefined {
  let gap = last + 1
  // A plural possessive stays in the name (`Workers’ Party`).
  if (isApostrophe(tokens[gap]) && /s$/.test(tokens[last]!.value)) gap++
  if (!isInlineSpace(tokens[gap])) return undefined
  const next = tokens[gap + 1]
  if (!next) return undefined

  if (next.kind === 'word' && isCapitalised(next.value) && !digit.test(next.value)) {
    const word = normal(next.value)
    // `May` after a name is a name (`Theresa May`); other months and weekdays are dates.
    if (notNames.has(word) && (word !== 'may' || isStopword(tokens[last]!.value) || isNumberAfter(tokens, gap + 1))) {
      return undefined
    }
    return gap + 1
  }

  const link = next.kind === 'word' ? next.value.toLowerCase() : next.value
  const joins =
    particles.has(link) || link === '&' || (link === 'of' && ofJoiners.has(normal(tokens[last]!.value)))
  if (!joins) return undefined
  let after = gap + 2
  // `Bank of the Philippine Islands`.
  if (link === 'of' && isInlineSpace(tokens[after]) && tokens[after + 1]?.value.toLowerCase() === 'the') after += 2
  const word = isInlineSpace(tokens[after]) ? tokens[after + 1] : undefined
  return word && word.kind === 'word' && startsName(word.value) ? after + 1 : undefined
}

function isApostrophe(token: Token | undefined): boolean {
  return token !== undefined && (token.value === '’' || token.value === "'")
}

function isInlineSpace(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'space' && inlineSpace.test(token.value)
}

function isNumberAfter(tokens: Token[], index: number): boolean {
  return isInlineSpace(tokens[index + 1]) && /^\d/.test(tokens[index + 2]?.value ?? '')
}

/** Turn picked word indices into runs: peel stopwords, demonyms and titles off the front. */
function addRun(runs: NameRun[], tokens: Token[], picked: number[]): void {
  let from = 0
  let initial = opensClause(tokens, picked[0]!)
  let title: string | undefined

  // The whole run may be a place that starts with a function word (`The Hague`).
  if (picked.length > 1 && placeOf(slice(tokens, picked, 0).text) !== undefined) {
    runs.push(makeRun(tokens, picked, 0, 'name', initial, undefined))
    return
  }

  while (from < picked.length && isFunctionWord(tokens[picked[from]!]!.value, initial || from > 0)) {
    from++
    initial = false
  }

  if (from >= picked.length) return
  // `Workers’ Party Congress`, `Labour Party Conference`: the body, not its gathering.
  const lastWord = normal(tokens[picked[picked.length - 1]!]!.value)
  if (picked.length - from > 1 && gatherings.has(lastWord) && organizationEnds.has(normal(tokens[picked[picked.length - 2]!]!.value))) {
    picked = picked.slice(0, -1)
  }

  const endsOrganization = organizationEnds.has(normal(tokens[picked[picked.length - 1]!]!.value))

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

  const wordAt = (index: number) => normal(tokens[picked[index]!]!.value)
  let end = picked.length
  // A title with its name cut off (`South Carolina Gov.` before a line break) names nobody.
  while (end > from && isTitle(wordAt(end - 1))) end--
  if (end === from) return

  // A title inside the run: what follows is the person (`Boxing Association President Ramon Manzanares`).
  let block = from
  while (block < end - 1 && !isTitle(wordAt(block)) && !(personRoles.has(wordAt(block)) && end - block > 2)) block++
  if (block < end - 1) {
    let blockStart = block
    while (blockStart > from && titleModifiers.has(wordAt(blockStart - 1))) blockStart--
    let blockEnd = block + 1
    while (blockEnd < end - 1 && (isTitle(wordAt(blockEnd)) || titleModifiers.has(wordAt(blockEnd)))) blockEnd++
    if (blockStart > from) {
      // What comes before stays a name if it names a body or a place (`Boxing Association`).
      const left = picked.slice(0, blockStart)
      const lastLeft = wordAt(blockStart - 1)
      if (organizationEnds.has(lastLeft) || placeOf(slice(tokens, left, from).text) !== undefined) {
        runs.push(makeRun(tokens, left, from, 'name', initial, undefined))
      }
    }

    title = wordAt(blockEnd - 1)
    from = blockEnd
    initial = false
  }

  runs.push(makeRun(tokens, picked.slice(0, end), from, 'name', initial, title))
}

/** Whether a (normal) word is a person’s title (`President`, `Sen.`, `Major-General`). */
function isTitle(word: string): boolean {
  return personTitles.has(word) || (word.includes('-') && word.split('-').some((part) => personTitles.has(part)))
}

function isFunctionWord(word: string, initial: boolean): boolean {
  if (isAllCaps(word)) return false
  const lower = normal(word)
  return isStopword(lower) || notNames.has(lower) || (initial && sentenceOpeners.has(lower))
}

/** Number of words at `from` that make a demonym (`North Korean` is 2), or 0. */
function demonymLength(tokens: Token[], picked: number[], from: number): number {
  const first = tokens[picked[from]!]!.value
  const second = picked[from + 1] === undefined ? undefined : tokens[picked[from + 1]!]!.value
  if (second !== undefined && isDemonym(first + ' ' + second)) return 2
  if (isDemonym(first)) return 1
  // `Russians`, `Americans`: plural demonyms stand alone.
  if (picked.length - from === 1 && /s$/.test(first) && isDemonym(first.slice(0, -1))) return 1
  return 0
}

function endsInDemonym(tokens: Token[], picked: number[]): boolean {
  const last = withoutPossessive(tokens[picked[picked.length - 1]!]!.value)
  return picked.length > 1 && isDemonym(last) && placeOf(slice(tokens, picked, 0).text) === undefined
}

/** Whether the word at `index` opens a sentence, a quote, or a clause after a colon. */
function opensClause(tokens: Token[], index: number): boolean {
  let before = index - 1
  while (before >= 0 && tokens[before]!.kind === 'space') before--
  if (before < 0) return true
  return openers.has(tokens[before]!.value)
}

function makeRun(
  tokens: Token[],
  picked: number[],
  from: number,
  kind: NameRun['kind'],
  initial: boolean,
  title: string | undefined
): NameRun {
  const {text, words, start, end} = slice(tokens, picked, from)
  const first = picked[from]!
  const last = picked[picked.length - 1]!
  const before = neighbour(tokens, first, -1)
  const after = neighbour(tokens, last, 1)
  const role = title ?? (personRoles.has(before) ? before : undefined)
  let place: string | undefined
  if (kind === 'demonym') {
    const name = words.join(' ')
    place = placeOfDemonym(name) ?? placeOfDemonym(name.replace(/s$/, ''))
  }

  return {kind, text, words, start, end, title: role, place, initial, before, after, age: ageAfter(tokens, last)}
}

function slice(tokens: Token[], picked: number[], from: number): {text: string; words: string[]} & Span {
  const first = tokens[picked[from]!]!
  const lastToken = tokens[picked[picked.length - 1]!]!
  const lastWord = withoutPossessive(lastToken.value)
  const end = lastToken.end - (lastToken.value.length - lastWord.length)
  let text = ''
  for (let index = picked[from]!; index < picked[picked.length - 1]!; index++) text += tokens[index]!.value
  text += lastWord
  const words = picked.slice(from).map((index) => withoutPossessive(tokens[index]!.value))
  return {text, words, start: first.start, end}
}

function neighbour(tokens: Token[], index: number, step: 1 | -1): string {
  let at = index + step
  if (tokens[at]?.kind === 'space') at += step
  const token = tokens[at]
  return token ? normal(token.value) : ''
}

function ageAfter(tokens: Token[], last: number): boolean {
  return tokens[last + 1]?.value === ',' && isInlineSpace(tokens[last + 2]) && ageNumber.test(tokens[last + 3]?.value ?? '')
}
