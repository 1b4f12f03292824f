/**
 * Context rules of the light tagger, in the manner of Brill’s transformation
 * rules: a word’s neighbours settle what its shape left open. Most of them
 * tell a verb from a noun (`the company plans to`, `to report the`), since a
 * verb taken for a noun spoils a keyphrase, and an adjective made of a verb
 * (`the armed forces`, `a massive rebuilding effort`) from the verb itself.
 */
import type {TagInput} from './tag.js'

const subjectPronouns = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which'])
const singularSubjects = new Set(['he', 'she', 'it'])
const auxiliaries = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'has', 'have', 'had', 'having', "'s", "'re", "'ve"])
// What follows a transitive verb, and hardly a noun: its object or complement.
const objectTags = new Set(['DT', 'PRP', 'PRP$', 'CD', 'TO', 'RP', 'WDT', 'WP', 'WRB', 'EX'])
// Determiners after which a word is more likely a noun than a verb with an object.
const ambiguousObjects = new Set(['this', 'that', 'these', 'those', 'all', 'half', 'both'])
// What may stand before an adjective inside a noun phrase.
const modifierStarts = new Set(['DT', 'PRP$', 'JJ', 'JJS', 'JJR', 'IN', 'CD', 'TO'])
// Nouns that follow the preposition `to` without a determiner (`to court`, `to power`).
const placesAfterTo = new Set(
  'death power court school work office prison hospital jail war bed church college market sea town trial home date dinner lunch breakfast hand mind light land zero scale order account press air life rest safety justice victory business congress parliament camp shore sleep'.split(' ')
)
// Plurals that do describe the noun after them (`sales tax`, `civil rights movement`).
const pluralModifiers = new Set('sales arms sports rights savings customs goods securities earnings jobs drugs weapons'.split(' '))
const phraseEnds = new Set(['VB', 'VBD', 'VBZ', 'VBP', 'VBN', 'MD', 'IN', 'CC', 'TO', 'WDT', 'WP', 'RB', 'DT', 'PRP'])
const finiteTags = new Set(['VBD', 'VBZ', 'VBP', 'MD'])
// Past tenses spelt as nouns (`mines in Chile cut output`, `storms hit the coast`).
const pastHomographs = new Set('cut hit set cost put shut hurt spread split quit bid beat cast'.split(' '))
// What opens a verb's object.
const objectStarts = new Set(['DT', 'PRP$', 'CD', 'JJ', 'NN', 'NNS'])
const nounEnding = /(?:tion|sion|ment|ness|ity|ship|ism|ist|ance|ence|or|ian|ery|ory)$/

/** Revise `tags` (parallel to `words`) in place, left to right. */
export function applyContext(words: readonly TagInput[], tags: string[]): void {
  reviseWords(words, tags)
  findMissingVerb(words, tags)
}

/**
 * A sentence needs a verb. Headlines especially (`Hurricane batters southern
 * US`) leave it hidden in a plural-looking word after the subject.
 */
function findMissingVerb(words: readonly TagInput[], tags: string[]): void {
  for (const tag of tags) if (finiteTags.has(tag)) return
  for (let index = 1; index < tags.length - 1; index++) {
    const before = tags[index - 1]!
    if (tags[index] === 'NNS' && (before === 'NN' || before === 'NNP') && !words[index - 1]!.lexeme.possessive && !isNamed(words[index]!)) {
      tags[index] = 'VBZ'
      return
    }
  }
}

function reviseWords(words: readonly TagInput[], tags: string[]): void {
  for (let index = 0; index < tags.length; index++) {
    const word = words[index]!
    if (isNamed(word)) continue
    const tag = tags[index]!
    const lower = word.lexeme.base
    const before = previous(tags, index)
    const beforeTag = before === -1 ? '' : tags[before]!
    const beforeWord = before === -1 ? '' : words[before]!.lexeme.base

    // `the help`, `their spending`: what a determiner opens is a thing.
    if ((tag === 'VB' || tag === 'VBP') && (beforeTag === 'DT' || beforeTag === 'PRP$') && beforeWord !== 'that') {
      tags[index] = 'NN'
    }
    // `will face`, `could report`.
    else if (beforeTag === 'MD' && (tag === 'NN' || tag === 'VBP')) {
      tags[index] = 'VB'
    }
    // `to report the findings`, `to look at`; but `sentenced to death`.
    else if (beforeTag === 'TO' && (tag === 'NN' || tag === 'VBP') && !nounEnding.test(lower) && !placesAfterTo.has(lower)) {
      tags[index] = 'VB'
    }
    // `he plans`, `they fear`, `which owns`.
    else if ((tag === 'NNS' || tag === 'NN') && subjectPronouns.has(beforeWord)) {
      tags[index] = tag === 'NNS' ? 'VBZ' : singularSubjects.has(beforeWord) ? 'VBD' : 'VBP'
    }
    // `the company plans to`, `Vodafone owns a`: a singular subject, then an object.
    else if (tag === 'NNS' && (beforeTag === 'NN' || beforeTag === 'NNP') && !words[before]!.lexeme.possessive && takesObject(words, tags, index)) {
      tags[index] = 'VBZ'
    }
    // `officials fear the worst`, `studies show spongiform disease`: a noun
    // seldom follows a plural in one phrase (`sales tax` aside).
    else if (tag === 'NN' && beforeTag === 'NNS' && !nounEnding.test(lower) && !pluralModifiers.has(beforeWord) && index < tags.length - 1) {
      tags[index] = 'VBP'
    }
    // `mines in Chile cut output`, `Democrats cut taxes`: a subject, a past tense spelt as a noun, its object.
    else if (tag === 'NN' && pastHomographs.has(lower) && (beforeTag === 'NNP' || beforeTag === 'NNS') && !words[before]!.lexeme.possessive && objectStarts.has(tags[index + 1] ?? '')) {
      tags[index] = 'VBD'
    }
    // `was killed`, `has armed`: a participle.
    else if ((tag === 'VBD' || tag === 'VBN') && auxiliaries.has(beforeWord)) {
      tags[index] = 'VBN'
    }
    // `the military said`, `the public`: an adjective with no noun to describe is one.
    else if (tag === 'JJ' && (beforeTag === 'DT' || beforeTag === 'PRP$') && beforeWord !== 'that' && endsPhrase(tags[index + 1])) {
      tags[index] = 'NN'
    }
    // `the armed forces`, `with displaced residents`: a participle that describes.
    else if ((tag === 'VBD' || tag === 'VBN') && opensModifier(words, beforeTag, before) && isNominal(tags[index + 1])) {
      tags[index] = 'JJ'
    }
    // `the rebuilding`, `a massive rebuilding effort`: a gerund is a thing.
    else if (tag === 'VBG' && before !== -1 && (beforeTag === 'DT' || beforeTag === 'PRP$' || beforeTag.startsWith('JJ') || beforeTag === 'CD' || words[before]!.lexeme.possessive)) {
      tags[index] = 'NN'
    }
  }
}

/** Whether a word is capitalised where a capital means a name. */
function isNamed(word: TagInput): boolean {
  return word.lexeme.capitalised && !word.initial && !word.shouting
}

/** Index of the word before `index`, skipping adverbs (`will not face`), or -1. */
function previous(tags: readonly string[], index: number): number {
  let before = index - 1
  while (before >= 0 && tags[before] === 'RB') before--
  return before
}

function takesObject(words: readonly TagInput[], tags: readonly string[], index: number): boolean {
  const next = tags[index + 1]
  return next !== undefined && objectTags.has(next) && !ambiguousObjects.has(words[index + 1]!.lexeme.base)
}

function opensModifier(words: readonly TagInput[], beforeTag: string, before: number): boolean {
  return before === -1 || modifierStarts.has(beforeTag) || words[before]!.lexeme.possessive
}

/** Whether a word tagged `tag` (`undefined` at the end) cannot go on a noun phrase: a verb, a preposition. */
function endsPhrase(tag: string | undefined): boolean {
  return tag === undefined || phraseEnds.has(tag)
}

/** Whether a tag is of a common noun or an adjective (not a name: `nominated Clarence Thomas`). */
function isNominal(tag: string | undefined): boolean {
  return tag === 'NN' || tag === 'NNS' || tag === 'JJ'
}
