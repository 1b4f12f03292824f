/**
 * English closed-class words with their Penn Treebank tags: the determiners,
 * pronouns, prepositions, conjunctions, auxiliaries and modals that hold a
 * sentence together, and the few hundred open-class words whose shape would
 * mislead a suffix guesser (`said`, `told`, `new`, `also`).
 *
 * This is what makes the light tagger light: a few kilobytes of frequent
 * words, where a full lexicon (`retext-pos`) ships half a megabyte. Lower
 * case, straight apostrophes; one tag a word, its most frequent in news.
 */
import {taggedStopwords} from './stopwords.js'

// `tag: words` a line; a word listed twice keeps its first tag. The words
// that are stopwords too are listed with their tag in `stopwords.ts`.
const lists = `DT: half
PRP: it'll one's
WDT: whichever
CC: plus versus vs
IN: till amid amidst near despite unlike unless inside outside underneath beneath alongside including regarding concerning following
MD: ca wo 'll 'd mustn't
VB: give come know think find keep begin bring feel ask hear lose send meet buy sell spend build grow sit write speak understand
VBP: 're 've
VBZ: 's takes gives comes knows sees thinks tells finds keeps lets puts begins brings feels wants asks tries pays meets holds loses buys sends builds spends sells grows sits reads writes speaks understands
VBD: took went gave knew saw thought found kept began showed heard left brought felt meant wanted asked tried called needed paid met stood held lost bought sent built spent sold won fell rose ran grew led sat wrote spoke understood drew broke chose drove ate flew forgot forgave froze hid hung laid lay rode rang sang sank shook shut slept slid spun stole struck swore swam swept threw tore woke wore wove wept withdrew overcame undertook upheld withheld hit quit
VBN: blown shown given known seen taken written spoken broken chosen driven eaten fallen flown forgotten forgiven frozen hidden ridden risen shaken stolen sworn thrown torn woken worn withdrawn overcome undertaken begun drawn grown
VBG: saying making taking giving coming knowing seeing thinking telling keeping letting putting bringing asking trying needing paying losing sending
RB: apart ahead earlier n't soon later twice back forward abroad nearly largely mainly simply actually certainly probably possibly clearly finally recently currently previously particularly exactly roughly approximately
JJ: new old good bad big small large great high low long short young little different first second third fourth fifth main major minor key top real sure clear open free full hard late early recent strong weak able unlikely possible impossible certain available important necessary right wrong worst worse biggest largest highest lowest latest greatest smallest oldest newest bigger larger higher lower greater smaller older newer fewer faster slower stronger weaker harder easier longer shorter cheaper deeper wider closer richer poorer safer tougher poor rich dead alive due hot cold warm cool dry wet deep wide huge vast tiny senior junior chief prime deputy acting joint entire various similar true false rare single double direct human common private simple complex modern popular foreign domestic civil military social federal royal total average normal serious ready sorry willing aware afraid guilty responsible ill sick safe secure stable unknown unable unclear upset worried concerned fast
CD: zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions
UH: oh ok okay hello`

// Verbs seldom used as nouns, in their base form: `helps` is a verb, where
// `plans` may be either. Past forms and participles follow from their suffix.
const verbs =
  'help allow provide include continue remain consider require reduce expect believe suggest agree accept appear avoid receive prevent ensure seek join protect develop create decide discuss explain happen improve involve maintain obtain prepare produce prove reach remove replace represent reveal serve suffer threaten urge warn announce approve attend describe destroy determine establish identify indicate insist intend introduce invest oppose persuade pursue recognize recognise refuse reject rely respond retain submit survive tackle deny admit cancel confirm convince deliver depend earn enable encourage enjoy examine exist fail flee forget ignore imagine kill manage mention pretend propose recall reflect relax remember resign resolve restore retire stay suppose tend thank treat wait wonder rebuild recover owe apply argue arrive assume belong borrow collect compare complain connect contain contribute convert declare defend define deserve emerge enter evaluate expand explore express extend gather hesitate hire hurt implement impose inform inherit insert inspire install integrate interpret invite isolate lend locate marry modify negotiate observe occupy occur operate organize organise perform persist possess predict prefer preserve pronounce publish qualify realize realise recommend recruit regain regulate reinforce relate remind render repeat rescue resist restrict resume retrieve revise seize select solve steal strengthen suspend swallow tighten tolerate undermine unite unveil utilize vanish violate weaken withdraw withhold want look add eat die carry save learn affect eliminate exclude throw weigh react commit indulge promote embrace participate hide evacuate enlarge abound vary investigate follow catch teach choose start turn hold try leave'

/**
 * Tag of each word of the closed classes and of the most frequent open-class
 * words (lower case, straight apostrophe). Frequent means vague, too: these
 * never make keywords.
 */
export const closedClass: ReadonlyMap<string, string> = buildMap(taggedStopwords + '\n' + lists)

/** Tags of the verbs seldom used as nouns, in their base and `-s` forms. */
const verbForms: ReadonlyMap<string, string> = buildVerbs(verbs)

/** Tag of a listed word (lower case, straight apostrophe), if any. */
export function listedTag(word: string): string | undefined {
  return closedClass.get(word) ?? verbForms.get(word)
}

function buildVerbs(list: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const verb of list.split(' ')) {
    map.set(verb, 'VB')
    const third = /(?:s|sh|ch|x|z)$/.test(verb) ? verb + 'es' : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ies' : verb + 's'
    map.set(third, 'VBZ')
  }

  return map
}

function buildMap(source: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const line of source.trim().split('\n')) {
    const colon = line.indexOf(':')
    const tag = line.slice(0, colon)
    for (const word of line.slice(colon + 1).trim().split(' ')) {
      if (!map.has(word)) map.set(word, tag)
    }
  }

  return map
}

/** Whether `tag` names a word of the closed classes that glue a sentence (not nouns, verbs, adjectives, adverbs). */
export function isFunctionTag(tag: string): boolean {
  return functionTags.has(tag)
}

const functionTags = new Set(['DT', 'PDT', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'EX', 'TO', 'CC', 'IN', 'MD'])
