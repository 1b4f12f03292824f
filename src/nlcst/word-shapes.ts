/**
 * What a token says on its own, worked out once per distinct string.
 *
 * The name and entity readers ask the same questions of every word (is it
 * capitalised, a stopword, a title, a month?), often several times, and news
 * repeats its vocabulary from one article to the next. Each answer is
 * computed by the very test it replaces, so remembering changes no result.
 */
import {isDemonym, placeOf} from '../lexicon/gazetteer.js'
import {memoize} from '../lexicon/memo.js'
import {isStopword} from '../lexicon/stopwords.js'
import {normal, notNames, organizationEnds, organizationStarts, personRoles, personTitles} from '../lexicon/titles.js'

/** Facts about one token value (a word, a mark or white space). */
export interface WordShape {
  /** `toLowerCase()` of the value. */
  readonly lower: string
  /** `normal()` of the value: lower case, without a final full stop. */
  readonly normal: string
  /** The value without a possessive ending (`Un’s` → `Un`). */
  readonly bare: string
  /** `bare` in lower case. */
  readonly bareLower: string
  /** Written as a name (`Kim`, `U.S.`, `al-Assad`). */
  readonly capitalised: boolean
  /** An acronym or shouted (`NATO`, `U.S.`, `SEOUL`). */
  readonly allCaps: boolean
  /** Ends in `’s` or `'s`. */
  readonly possessive: boolean
  readonly hasLetter: boolean
  readonly hasLower: boolean
  readonly hasDigit: boolean
  readonly leadingDigit: boolean
  /** Starts with a lower-case letter. */
  readonly lowerStart: boolean
  /** `isStopword()` of the value. */
  readonly stopword: boolean
  /** `isStopword()` of the normal form (`Mr.` is one). */
  readonly normalStopword: boolean
  /** The normal form is a month, weekday or other capitalised non-name. */
  readonly notName: boolean
  /** May open a name: capitalised, no digit, not a `Soviet-era` compound, and not a non-name without its possessive. */
  readonly startsName: boolean
  /** The normal form is a person’s title (`president`, `sen`, `major-general`). */
  readonly title: boolean
  /** The normal form is a person’s role (`leader`, `spokesman`). */
  readonly role: boolean
  /** The normal form ends organisation names (`party`, `corp`). */
  readonly organizationEnd: boolean
  /** The normal form starts or ends organisation names (`bank`, `party`). */
  readonly organizationWord: boolean
  /** An adjective of a people or place (`Korean`). */
  readonly demonym: boolean
  /** The value without its possessive is a demonym. */
  readonly bareDemonym: boolean
  /** A demonym with a plural `s` (`Russians`). */
  readonly pluralDemonym: boolean
  /** White space on one line (spaces, tabs, no-break spaces). */
  readonly inlineSpace: boolean
  /** Holds a quote mark: straight `"`, curly `“` `”`, `„`, or a guillemet. */
  readonly quoteMark: boolean
  /** Canonical name of the place the value names, when the gazetteer knows it. */
  readonly place: string | undefined
}

const capital = /^\p{Lu}/u
const prefixedCapital = /^(?:al|el|bin|ibn|d|l)['’-]\p{Lu}/u
const possessive = /['’]s$/i
const allCapsPattern = /^[\p{Lu}.&-]+$/u
const leadingDigit = /^\d/
const digit = /\d/
const letter = /\p{L}/u
const lowerLetter = /\p{Ll}/u
const lowerStart = /^\p{Ll}/u
// `Soviet-era`, `Russia-backed`: a name made an adjective.
const lowerCompound = /-\p{Ll}+$/u
const inlineSpace = /^[ \t\u00A0]+$/
const quoteMark = /["“”„«»]/

/** Whether `word` is written as a name (`Kim`, `U.S.`, `al-Assad`). */
export function isCapitalised(word: string): boolean {
  return capital.test(word) || prefixedCapital.test(word)
}

/** Whether `word` is an acronym or shouted (`NATO`, `U.S.`, `SEOUL`). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && allCapsPattern.test(word) && capital.test(word)
}

/** `word` without a possessive ending (`Un’s` → `Un`). */
export function withoutPossessive(word: string): string {
  return possessive.test(word) && word.length > 2 ? word.slice(0, -2) : word
}

/** Whether a (normal) word is a person’s title (`President`, `Sen.`, `Major-General`). */
export function isTitle(word: string): boolean {
  return personTitles.has(word) || (word.includes('-') && word.split('-').some((part) => personTitles.has(part)))
}

function computeShape(value: string): WordShape {
  const lower = value.toLowerCase()
  const normalForm = normal(value)
  const bare = withoutPossessive(value)
  const capitalised = isCapitalised(value)
  const hasDigit = digit.test(value)
  return {
    lower,
    normal: normalForm,
    bare,
    bareLower: bare.toLowerCase(),
    capitalised,
    allCaps: isAllCaps(value),
    possessive: possessive.test(value),
    hasLetter: letter.test(value),
    hasLower: lowerLetter.test(value),
    hasDigit,
    leadingDigit: leadingDigit.test(value),
    lowerStart: lowerStart.test(value),
    stopword: isStopword(value),
    normalStopword: isStopword(normalForm),
    notName: notNames.has(normalForm),
    startsName: capitalised && !lowerCompound.test(value) && !hasDigit && !notNames.has(normal(bare)),
    title: isTitle(normalForm),
    role: personRoles.has(normalForm),
    organizationEnd: organizationEnds.has(normalForm),
    organizationWord: organizationEnds.has(normalForm) || organizationStarts.has(normalForm),
    demonym: isDemonym(value),
    bareDemonym: isDemonym(bare),
    pluralDemonym: value.endsWith('s') && isDemonym(value.slice(0, -1)),
    inlineSpace: inlineSpace.test(value),
    quoteMark: quoteMark.test(value),
    place: placeOf(value)
  }
}

/**
 * The shape of a token value. Memory is bounded (two generations of a few
 * thousand values): words every story uses stay, a name met once goes.
 */
export const shapeOf: (value: string) => WordShape = memoize(computeShape, 1 << 13)
