/**
 * English stopwords: function words and the most common verbs and adverbs,
 * which carry no topic. Lower case.
 *
 * Most of them are closed-class words: those are listed here with their Penn
 * tag, and `closed-class.ts` takes them from here rather than listing them
 * again (the stopword test needs the words, the tagger their tags).
 */

/** Stopwords that are closed-class words, `tag: words` a line, one tag a word. */
export const taggedStopwords = `DT: a an the this that these those each every either neither another some any no all both such
PDT: quite
PRP: i'm i've i'll i'd you're you've you'll you'd he's he'll he'd she's she'll she'd it's we're we've we'll we'd they're they've they'll they'd that's there's what's let's i me you he him she it we us they them myself yourself himself herself itself ourselves themselves yourselves
PRP$: my your his her its our their
WDT: which whatever
WP: who whom what whoever
WP$: whose
WRB: when where why how whenever wherever
EX: there
TO: to
CC: and or but nor
IN: of in on at by for with from about against between into through during before after above below under over since until upon among amongst across along around behind beyond beside besides within without via per toward towards like than as if whether because although though while whereas onto off out throughout except according so
MD: can could will would shall should may might must cannot can't won't couldn't wouldn't shouldn't
RP: up down
VB: be have do say make take go get see tell let put seem become
VBP: am are don't aren't haven't
VBZ: is has does says makes goes gets seems becomes doesn't isn't hasn't
VBD: was were had did said made got came told became didn't wasn't weren't hadn't
VBN: been done gone
VBG: being having doing going getting seeming becoming
RB: aside afterwards not never also very just only even still already now then here again almost always often sometimes ago too rather perhaps maybe instead however nevertheless meanwhile moreover furthermore therefore thus hence otherwise else yet ever once together away anyway indeed mostly really especially enough further well
JJ: own other same many much few several last next whole likely best better less least more most former overall far
CD: one
UH: yes`

// Stopwords of no closed class.
const others =
  "ain't alone anybody anyhow anyone anything anyways anywhere beforehand eg elsewhere etc everybody everyone " +
  "everything everywhere formerly here's hers ie mine namely nobody none noone nothing nowhere ones others ought " +
  'ours please seemed somebody somehow someone something sometime somewhat somewhere theirs thence thereafter ' +
  "thereby therein thereupon unto use used way whence where's whereafter whereby wherein whereupon whither who's " +
  'yours mr mrs ms dr'

/** The stopword list. */
export const stopwords: ReadonlySet<string> = new Set([...untagged(taggedStopwords), ...others.split(' ')])

/** Whether `word` (any case, curly or straight apostrophe) is a stopword. */
export function isStopword(word: string): boolean {
  return stopwords.has(word.toLowerCase().replace(/\u2019/g, "'"))
}

/** The words of `tag: words` lines, without their tags. */
function untagged(lines: string): string[] {
  return lines.split('\n').flatMap((line) => line.slice(line.indexOf(':') + 2).split(' '))
}
