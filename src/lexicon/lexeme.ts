/**
 * What a written word says on its own, before any context: its base form,
 * the tag the lists give it, the tag its shape suggests, its capitals, its
 * stems and whether it is a stopword.
 * Remembered per written form, so each is worked out once however often the
 * word comes back.
 */
import {listedTag} from './closed-class.js'
import {placeOf} from './gazetteer.js'
import {keyOf} from './keys.js'
import {isStopword} from './stopwords.js'
import {memoize} from './memo.js'
import {guessTag} from './suffixes.js'

/** Facts about one written form of a word. */
export interface Lexeme {
  /** Lower case, straight apostrophe, no possessive ending (`Company’s` → `company`). */
  base: string
  /** Tag from the word lists, if listed. */
  listed: string | undefined
  /** Tag from its shape: `CD` for a number, `SYM` without a letter, else from its parts and ending. */
  guessed: string
  /** Whether it starts with a capital. */
  capitalised: boolean
  /** Whether it starts with a lower-case letter. */
  lowered: boolean
  /** Whether it is capitalised and names a place the gazetteer knows (`France`, `Louisiana`). */
  place: boolean
  /** Whether it is in capitals throughout and longer than a letter (`NATO`, `U.S.`). */
  shouted: boolean
  /** Whether it ends in a possessive (`Bush’s`, `officials’`). */
  possessive: boolean
  /** As written without a possessive ending (`Bush’s` → `Bush`). */
  bare: string
  /** Lower case of `bare`. */
  lower: string
  /** Its stems (`keyOf`), the unit of matching. */
  key: string
  /** Whether it is a stopword (`the`, `said`, `Mr.`). */
  stop: boolean
}

const possessive = /'s?$/
const possessiveEnd = /['’]s?$/
const curly = /’/g
const leadingDigit = /^[-+]?\d/
const letter = /\p{L}/u
const capital = /^\p{Lu}/u
const lowerLetter = /\p{Ll}/u
const lowerStart = /^\p{Ll}/u
const verbPrefixes = new Set(['re', 'co', 'pre', 'over', 'under', 'out', 'un', 'mis', 'de', 'dis', 'counter', 'cross', 'double', 'self'])

/**
 * The Penn tags, written here. The word lists cut their tags out of text;
 * a tag that is the very string of a literal compares with the literals of
 * the tagger and the engine (`tag === 'NN'`) at a glance, where another
 * string of the same letters is compared letter by letter, in every rule,
 * for every word.
 */
const literalTags = new Map(
  ['CC', 'CD', 'DT', 'EX', 'FW', 'IN', 'JJ', 'JJR', 'JJS', 'LS', 'MD', 'NN', 'NNS', 'NNP', 'NNPS', 'PDT', 'POS', 'PRP', 'PRP$', 'RB', 'RBR', 'RBS', 'RP', 'SYM', 'TO', 'UH', 'VB', 'VBD', 'VBG', 'VBN', 'VBP', 'VBZ', 'WDT', 'WP', 'WP$', 'WRB'].map((tag) => [tag, tag])
)

function literalTag<T extends string | undefined>(tag: T): T {
  return tag === undefined ? tag : ((literalTags.get(tag) as T | undefined) ?? tag)
}

/** The facts about a written word. */
export const lexemeOf = memoize(function (value: string): Lexeme {
  const base = baseForm(value)
  const capitalised = capital.test(value)
  const possessive = value.length > 2 && possessiveEnd.test(value)
  const bare = possessive ? value.replace(possessiveEnd, '') : value
  const lower = bare.toLowerCase()
  return {
    base,
    listed: literalTag(listedTag(base)),
    guessed: literalTag(leadingDigit.test(value) ? 'CD' : letter.test(value) ? (compoundTag(base) ?? guessTag(base)) : value === '&' ? 'CC' : 'SYM'),
    capitalised,
    lowered: lowerStart.test(value),
    place: capitalised && placeOf(bare) !== undefined,
    shouted: capitalised && value.length > 1 && !lowerLetter.test(value),
    possessive,
    bare,
    lower,
    key: keyOf(lower),
    stop: isStopword(lower.endsWith('.') ? lower.slice(0, -1) : lower)
  }
})

/** The form the lists use: lower case, straight apostrophe, no possessive ending (`company’s` → `company`). */
export function baseForm(word: string): string {
  const lower = word.toLowerCase().replace(curly, "'")
  if (listedTag(lower) !== undefined) return lower
  return lower.length > 2 && possessive.test(lower) ? lower.replace(possessive, '') : lower
}

/**
 * Tag of a compound whose last part is listed: a prefixed verb stays a verb
 * (`re-establishes`, `rebuilt`), a participle describes (`Russia-backed`).
 */
function compoundTag(word: string): string | undefined {
  const dash = word.lastIndexOf('-')
  // `rebuilt`, `retook`: a verb done again is the same verb.
  if (dash === -1 && word.startsWith('re') && word.length > 5) {
    const tag = listedTag(word.slice(2))
    return tag?.startsWith('VB') ? tag : undefined
  }

  if (dash <= 0) return undefined
  const tag = listedTag(word.slice(dash + 1))
  if (tag === undefined) return undefined
  if (verbPrefixes.has(word.slice(0, dash))) return tag
  return tag.startsWith('VB') ? 'JJ' : undefined
}
