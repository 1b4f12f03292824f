/**
 * Guess the Penn tag of an English word that no list knows, from its ending:
 * `-tion` names a thing, `-ous` describes one, `-ly` says how, `-ed` and
 * `-ing` are verb forms. Each rule keeps the frequent words that break it.
 *
 * Lower case words only; capitals are the tagger’s business.
 */

// Singular nouns ending in `s` that is not the `-s` of a plural or a verb.
const singularS = /(?:ss|us|is)$/
const singularNouns = words('news series species means')
// Plurals without an `s`.
const bareplurals = words('people police cattle clergy livestock personnel')
const nounEndings = /(?:tion|sion|ment|ness|ity|ship|ism|ist|ance|ence|hood|dom|ure|age|cy|ery|ory)$/
const vowel = /[aeiouy]/
const adjectiveEndings = /(?:ous|ful|less|ical|ive|able|ible|ic|al|ish|ary)$/

// `-ly` words that are not adverbs.
const lyAdjectives = words(
  'only early likely unlikely daily weekly monthly yearly quarterly hourly nightly friendly unfriendly elderly lonely lovely ugly deadly costly silly holy orderly timely lively kindly worldly scholarly unruly jolly oily chilly curly burly surly hilly smelly sickly'
)
const lyNouns = words('family supply ally rally assembly anomaly monopoly italy july reply fly belly jelly lily bully folly holly homily butterfly firefly panoply melancholy')

// `-ing` words that are things (`-ings` plurals are always things).
const ingNouns = words('thing nothing something anything everything king ring spring string wing sibling ceiling morning evening wedding pudding darling')

// `-ed` words that are not verb forms.
const edWords = new Map<string, string>([
  ...tagged('NN', 'speed seed weed deed greed breed reed creed steed feed need heed shed sled bed hatred kindred shred'),
  ...tagged('JJ', 'red sacred naked wicked rugged ragged crooked beloved aged'),
  ...tagged('VB', 'proceed succeed exceed')
])

// Words with an adjective ending that are nouns far more often than not.
const adjectiveEndingNouns = words(
  'official officials general approval proposal trial capital hospital arrival rival survival animal criminal signal journal festival material potential individual principal total deal meal seal steal appeal goal coal canal metal petal pedal medal rental removal withdrawal refusal disposal denial dismissal burial tribunal cardinal admiral arsenal terminal manual ritual interval scandal portal recital revival rehearsal referral renewal reversal upheaval betrayal portrayal cereal mammal spiral carnival memorial editorial tutorial testimonial commercial professional intellectual liberal radical moral mineral ' +
    'executive representative objective detective initiative alternative relative explosive incentive motive archive collective native captive directive offensive operative fugitive sedative ' +
    'table cable vegetable constable bible handful spoonful mouthful ' +
    'music clinic logic traffic topic panic critic republic mechanic epidemic pandemic comic fabric magic rhetoric tactic relic picnic mosaic garlic plastic graphic statistic ethic academic cleric ' +
    'secretary library salary anniversary dictionary summary boundary primary documentary commentary adversary emissary itinerary sanctuary glossary beneficiary dignitary missionary luminary ' +
    'fish dish wish rubbish radish'
)

/** The likely Penn tag of a lower-case word that no list knows. */
export function guessTag(word: string): string {
  // In a compound the last part decides (`storm-battered`, `long-term`), but
  // one that ends in a verb form describes (`best-selling`, `Russia-backed`).
  const dash = word.lastIndexOf('-')
  if (dash > 0 && dash < word.length - 1) {
    const tag = guessTag(word.slice(dash + 1))
    return tag === 'VBD' || tag === 'VBN' || tag === 'VBG' ? 'JJ' : tag.startsWith('N') || tag.startsWith('J') ? tag : 'NN'
  }

  const length = word.length
  if (word.endsWith('ly') && length > 3) {
    return lyAdjectives.has(word) ? 'JJ' : lyNouns.has(word) ? 'NN' : 'RB'
  }

  if (word.endsWith('ings') && length > 5) return 'NNS'
  // `using`, `dying`; but `thing`, `swing`: a verb needs a vowel before `-ing`.
  if (word.endsWith('ing') && length > 4) return ingNouns.has(word) || !vowel.test(word.slice(0, -3)) ? 'NN' : 'VBG'
  if (word.endsWith('ed') && length > 3) return edWords.get(word) ?? 'VBD'
  if (word.endsWith('iest') && length > 5) return 'JJS'
  if (adjectiveEndingNouns.has(word)) return word.endsWith('s') ? 'NNS' : 'NN'
  if (bareplurals.has(word)) return 'NNS'
  if (word.endsWith('ous')) return 'JJ'
  if (word.endsWith('izes') || word.endsWith('ifies')) return 'VBZ'
  if (word.endsWith('s') && length > 3) {
    // Adjectives take no plural: `chemicals`, `locals` are things.
    return singularS.test(word) || singularNouns.has(word) ? 'NN' : 'NNS'
  }

  if (nounEndings.test(word)) return 'NN'
  if (word.endsWith('ize') || word.endsWith('ify')) return 'VB'
  if (length > 4 && adjectiveEndings.test(word)) return 'JJ'
  return 'NN'
}

function words(list: string): Set<string> {
  return new Set(list.split(' '))
}

function tagged(tag: string, list: string): Array<[string, string]> {
  return list.split(' ').map((word) => [word, tag])
}
