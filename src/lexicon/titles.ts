/**
 * Words that tell what a name names: titles and roles put before people,
 * words that end (or start) organisation names, and capitalised words that
 * are never names on their own (months, weekdays).
 *
 * Lower case, without a final full stop; `normal()` turns a token into that form.
 */

/** Titles written capitalised before a person’s name (`President Trump`, `Sen. Warren`). */
export const personTitles: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady madam monsieur mme herr ' +
    'president vice-president premier chancellor king queen prince princess emperor empress pope cardinal archbishop bishop ' +
    'sen senator rep representative congressman congresswoman gov governor lt-gov mayor judge justice ' +
    'gen general col colonel maj major capt captain lt lieutenant sgt sergeant adm admiral cmdr commander cpl corporal pvt marshal ' +
    'rev reverend father pastor rabbi imam sheikh sheik emir ayatollah mullah ' +
    'minister secretary ambassador chairman chairwoman chair commissioner director inspector detective officer agent ' +
    'coach skipper speaker chief ceo democrat republican'
  ).split(' ')
)

/**
 * Lower case nouns that put a person’s name after them (`leader Kim Jong Un`,
 * `spokesman John Kirby`, `striker Alan Shearer`).
 */
export const personRoles: ReadonlySet<string> = new Set(
  (
    'leader president minister premier chancellor spokesman spokeswoman spokesperson official officials secretary chairman chairwoman ' +
    'chief executive director manager founder owner boss head analyst economist strategist lawyer attorney prosecutor judge ' +
    'senator congressman congresswoman governor mayor candidate nominee challenger incumbent envoy ambassador diplomat ' +
    'commander general colonel officer soldier king queen prince princess dictator ruler emperor ' +
    'adviser advisor aide deputy counterpart colleague wife husband son daughter brother sister father mother widow ' +
    'actor actress singer rapper author writer novelist poet artist director producer professor researcher scientist ' +
    'host anchor reporter correspondent editor columnist journalist photographer ' +
    'coach captain player striker midfielder defender goalkeeper forward batsman bowler all-rounder rider driver ' +
    'champion winner seed compatriot teammate opponent rival veteran rookie star legend ' +
    'billionaire tycoon businessman businesswoman entrepreneur investor banker activist campaigner ' +
    'chief-executive president-elect mr mrs ms dr'
  ).split(' ')
)

// Abbreviated titles and the role words written out in full.
const roleAliases = new Map([
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gov', 'governor'],
  ['lt-gov', 'lieutenant governor'],
  ['gen', 'general'],
  ['col', 'colonel'],
  ['maj', 'major'],
  ['capt', 'captain'],
  ['lt', 'lieutenant'],
  ['sgt', 'sergeant'],
  ['adm', 'admiral'],
  ['cmdr', 'commander'],
  ['cpl', 'corporal'],
  ['pvt', 'private'],
  ['rev', 'reverend'],
  ['prof', 'professor'],
  ['chairwoman', 'chairman'],
  ['chair', 'chairman'],
  ['spokeswoman', 'spokesman'],
  ['spokesperson', 'spokesman'],
  ['congresswoman', 'congressman'],
  ['chief-executive', 'ceo']
])

// Titles of address that say nothing of a role (`the mr` is no attribution).
const addressOnly = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'madam', 'monsieur', 'mme', 'herr', 'officials', 'democrat', 'republican'])

/**
 * The role a title or role word names, in one spelling (`Sen.` and
 * `senator` → `senator`), or `undefined` when it names none (`Mr.`).
 */
export function roleOf(word: string): string | undefined {
  const value = normal(word)
  if (addressOnly.has(value) || (!personTitles.has(value) && !personRoles.has(value))) return undefined
  return roleAliases.get(value) ?? value
}

/** Words that end an organisation’s name (`Workers’ Party`, `Acme Corp.`, `Reuters News`). */
export const organizationEnds: ReadonlySet<string> = new Set(
  (
    'party ministry department inc incorporated corp corporation co company ltd limited plc llc llp ag sa gmbh nv ' +
    'group holdings bank university college institute school academy hospital clinic ' +
    'agency council committee commission association federation union league club foundation fund trust society ' +
    'organization organisation authority board office bureau service services court tribunal ' +
    'parliament congress senate assembly cabinet administration government ' +
    'army navy force forces police guard guards corps brigade command militia ' +
    'times post news journal herald tribune press network telegraph gazette magazine radio television tv broadcasting media ' +
    'airlines airways motors industries systems technologies technology communications telecom energy oil petroleum ' +
    'pharmaceuticals exchange securities capital partners ventures bancorp insurance reserve ' +
    'church mosque museum orchestra team fc united rovers athletic wanderers ' +
    'front movement alliance coalition caucus'
  ).split(' ')
)

/** Words that end a place’s name (`Grace Road`, `Tiananmen Square`, `Atlantic City`). */
export const placeEnds: ReadonlySet<string> = new Set(
  (
    'road street st avenue ave boulevard lane square park garden gardens stadium arena airport station port harbour harbor ' +
    'island islands isle river mountain mountains mount valley bridge beach bay lake hill hills heights coast peninsula ' +
    'sea ocean gulf strait desert canyon falls county province region district prefecture territory city town village'
  ).split(' ')
)

/** Words that start a place’s name (`Mount Everest`, `North Caucasus`, `San Marino`). */
export const placeStarts: ReadonlySet<string> = new Set(
  'mount mt lake port cape fort saint san santa los las north south east west northern southern eastern western central upper lower greater'.split(
    ' '
  )
)

/** Words that end the names of events and prizes, which are neither people nor places (`World Cup`). */
export const eventEnds: ReadonlySet<string> = new Set(
  'cup open championship championships games olympics olympiad prix series classic tournament trophy bowl marathon festival awards award prize war index'.split(
    ' '
  )
)

/** Words that start an organisation’s name before `of` (`Bank of England`, `University of Texas`). */
export const organizationStarts: ReadonlySet<string> = new Set(
  'bank university ministry department bureau institute museum college church court council office board house federation association league union academy school'.split(
    ' '
  )
)

/** Organisations named in one word that no other cue would type: news agencies and outlets. */
export const organizationNames: ReadonlySet<string> = new Set(
  'reuters ap afp bloomberg xinhua interfax tass ria kyodo yonhap ansa efe dpa upi bbc cnn nbc cbs abc fox msnbc pbs npr'.split(' ')
)

/** Capitalised words that are not names: months, weekdays, and words capitalised by habit. */
export const notNames: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'i i’m i’ve i’d i’ll im ok okay god tv internet web gmt utc bst cet edt est pdt pst aids hiv covid covid-19 euro euros'
  ).split(' ')
)

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
