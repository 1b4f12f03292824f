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

// `tag: words` a line; a word listed twice keeps its first tag.
const lists = `
DT: a an the this that these those each every either neither another some any no all both half such
PDT: quite
PRP: i'm i've i'll i'd you're you've you'll you'd he's he'll he'd she's she'll she'd it's it'll we're we've we'll we'd they're they've they'll they'd that's there's what's let's i me you he him she it we us they them myself yourself himself herself itself ourselves themselves yourselves one's
PRP$: my your his her its our their
WDT: which whichever whatever
WP: who whom what whoever
WP$: whose
WRB: when where why how whenever wherever
EX: there
TO: to
CC: and or but nor plus versus vs
IN: of in on at by for with from about against between into through during before after above below under over since until till upon among amongst amid amidst across along around behind beyond beside besides near within without via per toward towards despite unlike like than as if whether because although though unless while whereas onto off out inside outside throughout underneath beneath alongside except including regarding concerning following according so
MD: can could will would shall should may might must ca wo 'll 'd cannot can't won't couldn't wouldn't shouldn't mustn't
RP: up down
VB: be have do say make take go get give come know see think tell find keep let put seem begin bring become feel ask hear lose send meet buy sell spend build grow sit write speak understand
VBP: am are 're 've don't aren't haven't
VBZ: is 's has does says makes takes goes gets gives comes knows sees thinks tells finds keeps lets puts seems begins brings becomes feels wants asks tries pays meets holds loses buys sends builds spends sells grows sits reads writes speaks understands doesn't isn't hasn't
VBD: was were had did said made took went got gave came knew saw thought told found kept began showed heard left brought became felt meant wanted asked tried called needed paid met stood held lost bought sent built spent sold won fell rose ran grew led sat wrote spoke understood drew broke chose drove ate flew forgot forgave froze hid hung laid lay rode rang sang sank shook shut slept slid spun stole struck swore swam swept threw tore took woke wore wove wept withdrew overcame undertook upheld withheld hit quit shut didn't wasn't weren't hadn't
VBN: been done gone blown shown given known seen taken thought written spoken broken chosen driven eaten fallen flown forgotten forgiven frozen hidden ridden risen shaken shown stolen sworn thrown torn woken worn withdrawn overcome undertaken begun drawn grown
VBG: being having doing saying making taking going getting giving coming knowing seeing thinking telling keeping letting putting seeming bringing becoming asking trying needing paying losing sending
RB: aside apart ahead afterwards earlier not n't never also very just only even still already now then here again almost always often sometimes soon later ago too quite rather perhaps maybe instead however nevertheless meanwhile moreover furthermore therefore thus hence otherwise else yet ever once twice together away back forward abroad anyway indeed nearly mostly largely mainly simply really actually certainly probably possibly clearly finally recently currently previously especially particularly exactly roughly approximately about around enough further well
JJ: new old good bad big small large great high low long short young little own other same different such many much few several last next first second third fourth fifth main major minor key top whole real sure clear open free full hard late early recent strong weak able likely unlikely possible impossible certain available important necessary right wrong left best worst better worse biggest largest highest lowest latest greatest smallest oldest newest bigger larger higher lower greater smaller older newer fewer less least more most faster slower stronger weaker harder easier longer shorter cheaper deeper wider closer richer poorer safer tougher poor rich dead alive due hot cold warm cool dry wet deep wide huge vast tiny whole former senior junior chief prime deputy acting joint entire overall only various similar true false rare single double direct human common private simple complex modern popular foreign domestic civil military social federal royal total average normal serious certain ready sorry willing aware afraid guilty responsible ill sick safe secure stable unknown unable unclear upset worried concerned far fast hard much
CD: zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions
UH: yes oh ok okay hello
`

// Verbs seldom used as nouns, in their base form: `helps` is a verb, where
// `plans` may be either. Past forms and participles follow from their suffix.
const verbs =
  'help allow provide include continue remain consider require reduce expect believe suggest agree accept appear avoid receive prevent ensure seek join protect develop create decide discuss explain happen improve involve maintain obtain prepare produce prove reach remove replace represent reveal serve suffer threaten urge warn announce approve attend describe destroy determine establish identify indicate insist intend introduce invest oppose persuade pursue recognize recognise refuse reject rely respond retain submit survive tackle deny admit cancel confirm convince deliver depend earn enable encourage enjoy examine exist fail flee forget ignore imagine kill manage mention pretend propose recall reflect relax remember resign resolve restore retire spend stay suppose tend thank treat wait wonder rebuild recover owe seem apply argue arrive assume belong borrow collect compare complain connect contain contribute convert declare defend define deserve emerge enter evaluate expand explore express extend gather hesitate hire hurt implement impose inform inherit insert inspire install integrate interpret invite isolate lend locate marry modify negotiate observe occupy occur operate organize organise perform persist possess predict prefer preserve pronounce publish qualify realize realise recommend recruit regain regulate reinforce relate remind render repeat rescue resist restrict resume retrieve revise seize select solve speak steal strengthen suspend swallow tighten tolerate undermine unite unveil utilize vanish violate weaken withdraw withhold want look add eat die carry save learn affect eliminate exclude throw weigh react commit indulge promote embrace participate hide evacuate enlarge abound vary investigate follow catch teach choose start turn hold try leave'

/**
 * Tag of each word of the closed classes and of the most frequent open-class
 * words (lower case, straight apostrophe). Frequent means vague, too: these
 * never make keywords.
 */
export const closedClass: ReadonlyMap<string, string> = buildMap(lists)

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
