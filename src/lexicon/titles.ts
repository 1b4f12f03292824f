/**
 * Words that tell what a name names: titles and roles put before people,
 * words that end (or start) organisation names, and capitalised words that
 * are never names on their own (months, weekdays).
 *
 * Lower case, without a final full stop; `normal()` turns a token into that form.
 */
import {calendarWords} from './calendar.js'

// Titles of address, which say nothing of a role (`the mr` is no attribution).
const addressTitles = 'mr mrs ms dr miss mx sir dame lord lady madam monsieur mme herr'

// Words that are both titles (`President Trump`) and roles (`the president, Donald Trump`).
const titleRoles =
  'professor president premier chancellor king queen prince princess emperor senator congressman congresswoman ' +
  'governor mayor judge general colonel captain commander father minister secretary ambassador chairman chairwoman ' +
  'director officer coach chief'

// Abbreviated titles, with the role each names.
const abbreviations =
  'sen:senator,rep:representative,gov:governor,lt-gov:lieutenant governor,gen:general,col:colonel,maj:major,' +
  'capt:captain,lt:lieutenant,sgt:sergeant,adm:admiral,cmdr:commander,cpl:corporal,pvt:private,rev:reverend,' +
  'prof:professor'

const abbreviated = new Map(abbreviations.split(',').map((pair) => pair.split(':') as [string, string]))

// The one spelling of a role, by its other spellings: abbreviations, female and neutral forms.
const roleAliases = new Map([
  ...abbreviated,
  ['chairwoman', 'chairman'],
  ['chair', 'chairman'],
  ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'],
  ['congresswoman', 'congressman'],
  ['chief-executive', 'ceo']
])

/** Titles written capitalised before a person’s name (`President Trump`, `Sen. Warren`). */
export const personTitles: ReadonlySet<string> = new Set([
  ...words(addressTitles),
  ...words(titleRoles),
  ...words(
    'vice-president empress pope cardinal archbishop bishop representative justice major lieutenant sergeant ' +
      'admiral corporal marshal reverend pastor rabbi imam sheikh sheik emir ayatollah mullah commissioner inspector ' +
      'detective agent skipper speaker chair ceo democrat republican councillor councilor councilman councilwoman ' +
      'alderman alderwoman assemblyman assemblywoman mp mep'
  ),
  ...abbreviated.keys()
])

/**
 * Lower case nouns that put a person’s name after them (`leader Kim Jong Un`,
 * `spokesman John Kirby`, `striker Alan Shearer`).
 */
export const personRoles: ReadonlySet<string> = new Set([
  ...words(titleRoles),
  ...words(
    'leader spokesman spokeswoman spokesperson official officials executive manager founder owner boss head analyst ' +
      'economist strategist lawyer attorney prosecutor candidate nominee challenger incumbent envoy diplomat soldier ' +
      'dictator ruler adviser advisor aide deputy counterpart colleague wife husband son daughter brother sister ' +
      'mother widow actor actress singer rapper author writer novelist poet artist producer researcher scientist host ' +
      'anchor reporter correspondent editor columnist journalist photographer player striker midfielder defender ' +
      'goalkeeper forward batsman bowler all-rounder rider driver champion winner seed compatriot teammate opponent ' +
      'rival veteran rookie star legend billionaire tycoon businessman businesswoman entrepreneur investor banker ' +
      'activist campaigner chief-executive president-elect mr mrs ms dr councillor councilor councilman councilwoman ' +
      'teacher headteacher principal nurse doctor surgeon farmer resident neighbour neighbor shopkeeper landlord ' +
      'tenant volunteer organiser organizer curator historian engineer architect pilot skipper trustee treasurer master headmaster headmistress'
  )
])

// Words that say nothing of a role (`the mr` is no attribution).
const addressOnly = new Set([...words(addressTitles), 'officials', 'democrat', 'republican'])

// Nouns that name a person by what they do (`the harbour master`, `the lead
// negotiator`, `the club's physiotherapist`): only trusted where an apposition
// names the person at once (`said the lead negotiator, Ana Ruiz`).
const agentNoun = /^\p{Ll}[\p{Ll}-]{2,}(?:er|or|ist|ian|ant|ent|man|woman|person)$/u

/**
 * Whether `word` names a person’s role, or looks like a noun that does
 * (`negotiator`, `physiotherapist`): for a role set beside a name
 * (`said the lead negotiator, Ana Ruiz`), where the name says who.
 */
export function isRoleLike(word: string): boolean {
  return roleOf(word) !== undefined || agentNoun.test(word)
}

/**
 * The role a title or role word names, in one spelling (`Sen.` and
 * `senator` → `senator`), or `undefined` when it names none (`Mr.`).
 */
export function roleOf(word: string): string | undefined {
  const value = normal(word)
  if (addressOnly.has(value) || (!personTitles.has(value) && !personRoles.has(value))) return undefined
  return roleAliases.get(value) ?? value
}

// Words that start an organisation’s name before `of` (`Bank of England`)
// and may end one too (`Bank`, `Reading University`).
const organizationHeads =
  'bank university ministry department bureau institute museum college church court council office board ' +
  'federation association league union academy school'

/** Words that end an organisation’s name (`Workers’ Party`, `Acme Corp.`, `Reuters News`). */
export const organizationEnds: ReadonlySet<string> = new Set([
  ...words(organizationHeads),
  ...words(
    'party inc incorporated corp corporation co company ltd limited plc llc llp ag sa gmbh nv ' +
      'spa ab asa oyj bv kk bhd pty bros cos bancshares financial electric medical hospitality cables railways rail ' +
      'group holdings hospital clinic ' +
      'agency committee commission club foundation fund trust society ' +
      'organization organisation authority service services tribunal ' +
      'parliament congress senate assembly cabinet administration government ' +
      'army navy force forces police guard guards corps brigade command militia ' +
      'times post news journal herald tribune press network telegraph gazette magazine radio television tv broadcasting media ' +
      'airlines airways motors industries systems technologies technology communications telecom energy oil petroleum ' +
      'pharmaceuticals exchange securities capital partners ventures bancorp insurance reserve ' +
      'mosque orchestra team fc united rovers athletic wanderers ' +
      'front movement alliance coalition caucus ' +
      'ferries lines cruises shipping logistics freight transport utilities utility power mining minerals resources steel chemicals ' +
      'foods brewery breweries laboratories labs pharma biotech software electronics semiconductor semiconductors investments'
  )
])

/** Words that start an organisation’s name before `of` (`Bank of England`, `University of Texas`). */
export const organizationStarts: ReadonlySet<string> = new Set([...words(organizationHeads), 'house'])

/** Words that end a place’s name (`Grace Road`, `Tiananmen Square`, `Atlantic City`). */
export const placeEnds: ReadonlySet<string> = new Set(
  words(
    'road street st avenue ave boulevard lane square park garden gardens stadium arena airport station port harbour harbor ' +
      'island islands isle river mountain mountains mount valley bridge beach bay lake hill hills heights coast peninsula ' +
      'sea ocean gulf strait desert canyon falls county province region district prefecture territory city town village'
  )
)

/** Words that start a place’s name (`Mount Everest`, `River Quillon`, `North Caucasus`, `San Marino`). */
export const placeStarts: ReadonlySet<string> = new Set(
  words(
    'mount mt lake river isle gulf port cape fort saint san santa los las north south east west northern southern eastern western central upper lower greater'
  )
)

/** Words that end the names of events and prizes, which are neither people nor places (`World Cup`). */
export const eventEnds: ReadonlySet<string> = new Set(
  words(
    'cup open championship championships games olympics olympiad prix series classic tournament trophy bowl marathon festival awards award prize war index'
  )
)

/** Organisations named in one word that no other cue would type: news agencies and outlets. */
export const organizationNames: ReadonlySet<string> = new Set(
  words('reuters ap afp bloomberg xinhua interfax tass ria kyodo yonhap ansa efe dpa upi bbc cnn nbc cbs abc fox msnbc pbs npr')
)

/** Capitalised words that are not names: months, weekdays (`Fridays` too), scales (`Celsius`), and words capitalised by habit. */
export const notNames: ReadonlySet<string> = new Set([
  ...words(calendarWords),
  ...words('mondays tuesdays wednesdays thursdays fridays saturdays sundays celsius fahrenheit'),
  ...words('i i’m i’ve i’d i’ll im ok okay god tv internet web gmt utc bst cet edt est pdt pst aids hiv covid covid-19 euro euros')
])

/** Capitalised phrases that name no one and nowhere: holidays and the like. */
export const notNamePhrases: ReadonlySet<string> = new Set([
  'new year',
  'new year’s',
  "new year's",
  'new year’s day',
  "new year's day",
  'christmas',
  'christmas eve',
  'christmas day',
  'easter',
  'ramadan',
  'eid',
  'thanksgiving',
  'halloween',
  'hanukkah',
  'passover',
  'diwali',
  'lunar new year',
  'election day',
  'independence day',
  'labor day',
  'memorial day'
])

/** A token in the form of the lists above: lower case, without a final full stop. */
export function normal(token: string): string {
  const lower = token.toLowerCase()
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

function words(list: string): string[] {
  return list.split(' ')
}
