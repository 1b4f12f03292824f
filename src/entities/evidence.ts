/**
 * What one mention says about the kind of thing it names. Each cue adds
 * weight to a kind; the mentions of one entity add up, so a name typed by a
 * title once (“President Trump”) stays a person where it stands alone.
 */
import {placeOf} from '../lexicon/gazetteer.js'
import {speechVerbs} from '../lexicon/speech-verbs.js'
import {eventEnds, normal, organizationEnds, organizationNames, placeEnds, placeStarts} from '../lexicon/titles.js'
import type {NameRun} from '../nlcst/names.js'
import {shapeOf} from '../nlcst/word-shapes.js'
import type {Span} from '../types.js'

/** Kinds of entities. */
export type Kind = 'person' | 'place' | 'organization'

/** Weight of the evidence for each kind. */
export type Evidence = Record<Kind, number>

/** A name found in the text, with what its context says about it. */
export interface Mention extends Span {
  text: string
  words: string[]
  /** Canonical name of the place when the gazetteer knows it. */
  place: string | undefined
  evidence: Evidence
  /** Whether its capital may be grammar (it opens a sentence). */
  initial: boolean
  /** Whether it is an adjective of the place (`North Korean`), which never names the entity. */
  demonym?: boolean
}

// Weights: a lexicon or a title is near proof; a preposition or a verb a hint.
const strong = 4
const good = 3
const hint = 1

// Verbs of a mind, which a person has: with the speech verbs, a hint of a person beside them.
const mindVerbs = new Set(['believes', 'thinks', 'wants'])
const placePrepositions = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'into', 'throughout', 'towards', 'toward', 'around', 'inside', 'visited', 'visit'])
const initial = /^\p{Lu}\.$/u

/**
 * Whether a run names an event or prize (`World Cup`, `Nobel Prize`): such
 * names are none of the kinds reported.
 */
export function isEvent(run: NameRun): boolean {
  return run.words.length > 1 && eventEnds.has(normal(run.words[run.words.length - 1]!))
}

/** Weigh what a run of capitalised words says about itself. */
export function mentionOf(run: NameRun): Mention {
  const evidence: Evidence = {person: 0, place: 0, organization: 0}
  const words = run.words
  const lastWord = words[words.length - 1]
  const last = lastWord === undefined ? '' : shapeOf(lastWord).normal
  // A run of one word is that word (its text and words are the same).
  const place = words.length === 1 ? shapeOf(run.text).place : (placeOf(run.text) ?? placeOf(words.join(' ')))

  // The gazetteer outweighs an organisation word (`West Bank`).
  if (place !== undefined) evidence.place += strong + hint
  if (words.length === 1 && organizationNames.has(last)) evidence.organization += strong
  // A lone `Police` or `Government` is a common noun capitalised more often than a name.
  if (words.length === 1 && organizationEnds.has(last)) evidence.organization += hint
  else if (organizationEnds.has(last) || (run.text.includes(' of ') && words.some(isOrganizationWord))) {
    // `Acme Corp.`, `Bank of England`, `Dow Chemical Co of the United States`.
    evidence.organization += strong
  }

  if (words.length > 1 && place === undefined) {
    const first = shapeOf(words[0]!).normal
    if (placeEnds.has(last) || placeStarts.has(first)) evidence.place += good
    // `P. Simmons`: an initial and a surname.
    if (initial.test(words[0]!) && !initial.test(words[1]!)) evidence.person += good
  }

  // `Harlan & Pike`, `Dorsey & Co`: partners in a firm's name.
  if (words.length > 1 && run.text.includes(' & ')) evidence.organization += strong
  if (run.title !== undefined) evidence.person += strong
  if (run.age) evidence.person += good
  if (speechVerbs.has(run.after) || speechVerbs.has(run.before) || mindVerbs.has(run.after)) evidence.person += hint
  if (placePrepositions.has(run.before)) evidence.place += hint

  if (words.length === 1 && shapeOf(words[0]!).allCaps && !initial.test(words[0]!) && place === undefined && !run.initial) {
    // Acronyms are mostly organisations (`NATO`, `CNN`).
    evidence.organization += good
  }

  if (words.length > 1 && place === undefined) {
    const lastPlace = shapeOf(lastWord!).place
    // `Dynamo Moscow`, `Boston Red Sox`: a hint only, as people bear place names too (`Anthony Washington`).
    if (lastPlace !== undefined || shapeOf(words[0]!).place !== undefined) evidence.organization += hint * 1.5
    else if (words.some(isShoutedWord)) evidence.organization += hint
    // Most names of two to four words name people; a weak default that any other cue outweighs.
    else evidence.person += hint / 2
  }

  return {text: run.text, words, place, evidence, initial: run.initial, start: run.start, end: run.end}
}

function isOrganizationWord(word: string): boolean {
  return shapeOf(word).organizationWord
}

/** In capitals and not an initial (`CNN` of `CNN Tonight`). */
function isShoutedWord(word: string): boolean {
  return shapeOf(word).allCaps && !initial.test(word)
}

/** Whether the evidence is more than a hint. */
export function isTyped(evidence: Evidence): boolean {
  return Math.max(evidence.person, evidence.place, evidence.organization) >= good
}

/** The kind with the most weight, or `undefined` when nothing speaks for one. */
export function kindOf(evidence: Evidence): Kind | undefined {
  const {person, place, organization} = evidence
  if (person === 0 && place === 0 && organization === 0) return undefined
  if (person >= place && person >= organization) return 'person'
  return organization >= place ? 'organization' : 'place'
}

/** Add `more` into `total`. */
export function addEvidence(total: Evidence, more: Evidence): void {
  total.person += more.person
  total.place += more.place
  total.organization += more.organization
}

// Words before a name that make it a company or a body: `shares in X`, `analysts at X`, `a spokeswoman for X`.
const organizationBefore = new Map<string, ReadonlySet<string>>([
  ['in', new Set(['shares', 'stake', 'stakes', 'investment', 'investors'])],
  ['of', new Set(['shares', 'takeover', 'subsidiary', 'unit', 'owner', 'owners', 'shareholders', 'ceo', 'employees', 'customers', 'spokeswoman', 'spokesman', 'spokesperson'])],
  ['at', new Set(['analysts', 'analyst', 'economists', 'economist', 'strategist', 'strategists', 'staff', 'workers', 'employees', 'executives', 'researchers', 'engineers'])],
  ['for', new Set(['spokeswoman', 'spokesman', 'spokesperson', 'bid', 'offer', 'lawyer', 'lawyers'])],
  ['by', new Set(['owned', 'acquired', 'bought', 'run', 'operated'])]
])
// Nouns an apposition names a company or a body by: `X, a state-owned utility,`.
const organizationNouns = new Set(
  ('company firm utility operator bank lender insurer retailer carrier airline maker manufacturer producer supplier developer ' +
    'startup start-up group conglomerate chain brand broadcaster publisher charity regulator union agency body watchdog ' +
    'consultancy fund investor exporter importer miner refiner shipper distributor network provider subsidiary')
    .split(' ')
)
const appositionOpeners = new Set(['a', 'an', 'the'])
// How many words an apposition may hold before its noun.
const appositionReach = 5

/**
 * What the words around a run say of an organisation: `shares in X`,
 * `analysts at X`, `a spokeswoman for X`, `X said in a statement`, `X, a
 * state-owned utility,`. `tokens` are the run's sentence.
 */
export function organizationContext(tokens: ReadonlyArray<{value: string; kind: string; start: number; end: number}>, run: Span): number {
  // The run's first token (binary search: a sentence of many names stays linear), and the one after its last.
  let first = 0
  let high = tokens.length
  while (first < high) {
    const middle = (first + high) >>> 1
    if (tokens[middle]!.start < run.start) first = middle + 1
    else high = middle
  }

  let last = first
  while (last < tokens.length && tokens[last]!.end <= run.end) last++
  const before = words(tokens, first - 1, -1, 2)
  const cue = organizationBefore.get(before[0] ?? '')
  if (cue?.has(before[1] ?? '')) return good
  // `the Danish developer Nordvind`: a name of one word right after a noun
  // for a company or a body (a person there is named in full, `the
  // developer Jo Roe`).
  if (last - first === 1 && organizationNouns.has(before[0] ?? '')) return good
  // `X said in a statement`.
  const after = words(tokens, last, 1, appositionReach + 1)
  if ((after[0] === 'said' || after[0] === 'says') && after[1] === 'in' && after[2] === 'a' && after[3] === 'statement') return good
  // `X, a state-owned utility,`: a comma right after the run, then the apposition.
  let index = last
  while (index < tokens.length && tokens[index]!.kind === 'space') index++
  if (tokens[index]?.value !== ',') return 0
  const apposition = words(tokens, index + 1, 1, appositionReach + 1, true)
  if (!appositionOpeners.has(apposition[0] ?? '')) return 0
  return apposition.slice(1).some((word) => organizationNouns.has(word)) ? good : 0
}

/** Up to `count` words in lower case from `index` on, going `step` (1 or -1); stopping at a mark, or at a comma when `toComma`. */
function words(tokens: ReadonlyArray<{value: string; kind: string}>, index: number, step: number, count: number, toComma = false): string[] {
  const found: string[] = []
  for (let at = index; at >= 0 && at < tokens.length && found.length < count; at += step) {
    const token = tokens[at]!
    if (token.kind === 'space') continue
    if (token.kind === 'mark') {
      if (toComma || token.value !== '-') break
      continue
    }

    found.push(token.value.toLowerCase())
  }

  return found
}
