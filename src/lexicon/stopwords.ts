/**
 * English stopwords: function words and the most common verbs and adverbs,
 * which carry no topic. Lower case.
 */
const list =
  "a about above according across after afterwards again against ago ain't all almost alone along already also although always am among amongst an and another any anybody anyhow anyone anything anyway anyways anywhere are aren't around as aside at away be became because become becomes becoming been before beforehand behind being below beside besides best better between beyond both but by came can can't cannot could couldn't did didn't do does doesn't doing don't done down during each eg either else elsewhere enough especially etc even ever every everybody everyone everything everywhere except far few for former formerly from further furthermore get gets getting go goes going gone got had hadn't has hasn't have haven't having he he'd he'll he's hence her here here's hers herself him himself his how however i i'd i'll i'm i've ie if in indeed instead into is isn't it it's its itself just last least less let let's like likely made make makes many may maybe me meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one ones only onto or other others otherwise ought our ours ourselves out over overall own per perhaps please put quite rather really said same say says see seem seemed seeming seems several shall she she'd she'll she's should shouldn't since so some somebody somehow someone something sometime sometimes somewhat somewhere still such take than that that's the their theirs them themselves then thence there there's thereafter thereby therefore therein thereupon these they they'd they'll they're they've this those though through throughout thus to together too toward towards under until unto up upon us use used very via was wasn't way we we'd we'll we're we've well were weren't what what's whatever when whence whenever where where's whereafter whereas whereby wherein whereupon wherever whether which while whither who who's whoever whole whom whose why will with within without won't would wouldn't yes yet you you'd you'll you're you've your yours yourself yourselves told tell also mr mrs ms dr"

/** The stopword list. */
export const stopwords: ReadonlySet<string> = new Set(list.split(' '))

/** Whether `word` (any case, curly or straight apostrophe) is a stopword. */
export function isStopword(word: string): boolean {
  return stopwords.has(word.toLowerCase().replace(/\u2019/g, "'"))
}
