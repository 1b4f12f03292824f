/**
 * Invented news articles for the queue example, its test and its bench.
 *
 * `makeArticles(count, seed)` always returns the same articles for the same
 * arguments: a headline, a dek, a byline, a dateline, body paragraphs with
 * quotes, figures and dates, and the boilerplate a page scrape drags along. Every name, place and outlet here is made up.
 */

/** One line of the example's JSON Lines input. */
export interface Article {
  id: string
  text: string
}

const towns = [
  'Ashcombe', 'Brindlewick', 'Carrow Point', 'Dunmere', 'Eastholt', 'Fallowmouth',
  'Greyhaven', 'Harrowgate Sound', 'Ivel Cross', 'Kestermoor', 'Lindqvist Bay', 'Marrowby',
  'Northwold', 'Oakhurst Vale', 'Pellham', 'Quarry Hill', 'Redmarsh', 'Saltreach',
  'Thornbury Cove', 'Upper Wenlow'
]
const firstNames = [
  'Alma', 'Bertil', 'Cordelia', 'Dagny', 'Emeric', 'Fenna', 'Gideon', 'Hedda', 'Ines',
  'Jory', 'Kasimir', 'Lorna', 'Matthis', 'Nerys', 'Osric', 'Priya', 'Quentin', 'Rosalind',
  'Soren', 'Tamsin', 'Ulla', 'Viggo', 'Wren', 'Yara'
]
const lastNames = [
  'Achterberg', 'Blackwood', 'Castellan', 'Dunleavy', 'Eskildsen', 'Farrow', 'Gallow',
  'Hartigan', 'Ingram', 'Jessop', 'Kilbride', 'Lockhart', 'Marchetti', 'Nyquist',
  'Okonjo', 'Pemberton', 'Quill', 'Rasmussen', 'Selwyn', 'Thackeray', 'Underhill', 'Vance'
]
const roles = [
  'the council leader', 'a local shopkeeper', 'the harbour master', 'a retired engineer',
  'the head teacher', 'a spokeswoman for the water board', 'the project manager',
  'a parish councillor', 'the fire chief', 'a resident of forty years'
]
const outlets = ['The Coastal Ledger', 'Valley Courier', 'The Northwold Examiner', 'Morning Tide']
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
const months = ['January', 'March', 'April', 'June', 'September', 'October', 'November']

interface Topic {
  headline: string
  dek: string
  lead: string
  facts: string[]
  quotes: string[]
}

// Placeholders: {town}, {org}, {n}, {m}, {pct}, {year}, {month}, {day}.
const topics: Topic[] = [
  {
    headline: '{town} Council Approves Plan to Rebuild Flood Wall',
    dek: 'The vote ends two years of wrangling over who should pay for the defences.',
    lead: 'Councillors in {town} voted {n} to {m} on {day} night to rebuild the crumbling flood wall along the river, clearing the way for work to begin next spring.',
    facts: [
      'The project is expected to cost about ${n}.{m} million, of which the {org} will pay roughly {pct}%.',
      'Engineers found that parts of the wall, built in {year}, had sunk by as much as {m} inches since the last survey.',
      'More than {n}0 homes and {m} businesses sit behind the wall, according to figures from the {org}.',
      'A public meeting in {month} drew more than {n}0 residents, many of whom asked why repairs had taken so long.',
      'Work will close the riverside footpath for about {m} months, the council said.'
    ],
    quotes: [
      '"We cannot keep patching a wall that was built for a different century," said {person}, {role}.',
      '"My cellar flooded twice last winter," {person}, {role}, said. "I just want to know it will not happen again."',
      '{person}, {role}, said the plan was "the best of several bad options" but urged the council to publish the full costs.'
    ]
  },
  {
    headline: 'Ferry Service to {town} Resumes After Engine Repairs',
    dek: 'Islanders faced weeks of long detours while the only vessel on the route was out of action.',
    lead: 'The ferry linking {town} to the mainland returned to service on {day} after {n} weeks in dry dock, the {org} said.',
    facts: [
      'The vessel carries up to {n}0 passengers and {m} cars on each crossing.',
      'During the repairs, about {n}00 people a day had to take a {m}-hour road detour.',
      'The {org} said the repair bill came to roughly ${n}{m}0,000, and that a second vessel would be leased by {month}.',
      'Ticket sales fell by {pct}% during the closure, according to the operator.',
      'The route first opened in {year} and has been run by the {org} since the late nineties.'
    ],
    quotes: [
      '"Everyone here has a story about missing a hospital appointment," said {person}, {role}.',
      '"The engine was older than most of the crew," {person}, {role}, said. "It was only a matter of time."',
      '{person}, {role}, said the operator would publish a timetable for the second vessel within weeks.'
    ]
  },
  {
    headline: '{town} School Wins Funding for New Science Wing',
    dek: 'Pupils have been taught chemistry in a converted storeroom since the old labs were condemned.',
    lead: 'A secondary school in {town} has been awarded ${n}.{m} million by the {org} to build a science wing, ending years of lessons in temporary classrooms.',
    facts: [
      'The school has about {n}00 pupils, and enrolment has risen by {pct}% over five years.',
      'The old laboratories were closed in {year} after inspectors found faulty gas lines.',
      'Building is due to start in {month} and finish within {m} months, the school said.',
      'The wing will include {m} laboratories, a greenhouse and a small observatory on the roof.',
      'The {org} received {n}0 applications this year and funded fewer than {m} of them.'
    ],
    quotes: [
      '"Our students have been remarkably patient," said {person}, {role}. "Now they will have rooms worthy of them."',
      '"I did my first experiment in a cupboard," one pupil said. "It was quite exciting, actually."',
      '{person}, {role}, said the award showed that "small schools can still compete."'
    ]
  },
  {
    headline: 'Water Board Warns of Hosepipe Ban in {town} as Reservoir Falls',
    dek: 'Levels are at their lowest since records began, officials say.',
    lead: 'Residents of {town} could face a hosepipe ban within weeks after the main reservoir fell to {pct}% of capacity, the {org} said on {day}.',
    facts: [
      'Rainfall since {month} has been about {m}0% below average, according to the {org}.',
      'The reservoir, completed in {year}, supplies roughly {n}0,000 households.',
      'Leaks account for about {m} million litres a day across the network, the board estimates.',
      'Engineers have repaired {n}0 leaks since the spring and plan to fix {m}0 more by autumn.',
      'A ban would carry fines of up to ${n}00 for repeat offenders.'
    ],
    quotes: [
      '"We are asking everyone to take shorter showers and leave the car dirty," said {person}, {role}.',
      '"They lose more water through broken pipes than my whole street uses in a year," {person}, {role}, said.',
      '{person}, {role}, said a decision on the ban would be made "within a fortnight."'
    ]
  },
  {
    headline: 'Fire Destroys Historic Mill on Outskirts of {town}',
    dek: 'No one was hurt, but the blaze took more than {n} hours to bring under control.',
    lead: 'A fire tore through a disused textile mill near {town} late on {day}, gutting a building that had stood for more than {n}0 years.',
    facts: [
      'About {n}0 firefighters and {m} engines were sent to the scene, the {org} said.',
      'The mill, built in {year}, had been empty since its last owner went bankrupt.',
      'Smoke could be seen {m} miles away, and nearby roads were closed for most of the night.',
      'Investigators have not yet said what started the fire.',
      'A plan to turn the mill into {n}0 flats had been approved in {month}.'
    ],
    quotes: [
      '"The roof came down within the first hour," said {person}, {role}.',
      '"My grandmother worked there when it still made blankets," {person}, {role}, said. "It feels like losing a relative."',
      '{person}, {role}, said the walls were unstable and that the site would stay closed "for the foreseeable future."'
    ]
  },
  {
    headline: '{town} Market Traders Protest Against Rent Increase',
    dek: 'Stallholders say a planned rise would drive out the businesses that make the market worth visiting.',
    lead: 'Dozens of traders closed their stalls in {town} on {day} to protest against a proposed {pct}% rise in rents at the covered market.',
    facts: [
      'The market has about {n}0 stalls and draws an estimated {m},000 visitors on a busy weekend.',
      'Rents were last raised in {year}, according to the {org}, which owns the building.',
      'The {org} says the increase would raise about ${n}{m}0,000 a year for repairs to the roof.',
      'Traders have collected more than {n},{m}00 signatures on a petition.',
      'A vote on the rents is due in {month}.'
    ],
    quotes: [
      '"We are not against paying our share," said {person}, {role}. "We are against being priced out."',
      '"If the cheese stall goes, I go too," {person}, {role}, said.',
      '{person}, {role}, said the owners were "open to a phased increase" but that the roof could not wait.'
    ]
  }
]

// Background any story can carry, so articles reach a realistic length.
const background = [
  '{town} has a population of about {n}{m},000 and has grown by {pct}% since {year}.',
  'The last comparable project in the county, finished in {year}, ran {m} months late and {pct}% over budget.',
  'Officials said a full report would be published on the {org} website by the end of {month}.',
  'Opposition councillors have called for an independent review, saying residents were consulted too late.',
  'The county has seen {m} similar disputes in the past decade, most of them settled out of court.',
  'Local businesses say trade has been slow since {month}, and several have cut their opening hours.',
  'A survey of {n}00 residents found that {pct}% supported the plans and {m}% were undecided.',
  'Previous plans for the site were dropped in {year} after a dispute over land ownership.',
  'The {org} said it would hold drop-in sessions at the library on {day} afternoons until {month}.',
  'Campaigners plan to present their own proposals at a meeting in the town hall next {day}.',
  'The {org} has faced criticism in the past for announcing projects without saying how they would be paid for.',
  'Figures released in {month} showed that visitor numbers in {town} had fallen by {pct}% over two years.',
  'Several residents said they had only learned of the plans from a notice pinned to a lamp post.',
  '"Nobody is saying it will be easy," said {person}, {role}. "But doing nothing has a cost too."',
  'The nearest alternative is about {m}0 miles away, a journey that takes more than an hour by bus.',
  'A petition calling for a public inquiry has gathered {n},{m}00 signatures since it was launched in {month}.',
  'Insurance premiums in the area have risen by about {pct}% in three years, according to a local broker.',
  'The county council said it was "monitoring the situation closely" and would offer support if asked.',
  'Supporters argue the work will create about {n}0 jobs during construction and {m} permanent posts.',
  'Critics note that a similar scheme in a neighbouring county was abandoned in {year} after costs doubled.',
  '"People here are used to being told to wait," {person}, {role}, said. "They have waited long enough."',
  'The town’s only bank branch closed in {month}, and the post office now opens three days a week.',
  'Local historians say the area has changed little since the railway line closed in {year}.',
  'A decision on the next stage is expected before the end of {month}, officials said.'
]

const orgs = [
  'Regional Development Fund', 'Coastal Transport Authority', 'Northwold Water Board',
  'County Fire Service', 'Heritage Buildings Trust', 'Riverside Market Company'
]

const boilerplate = {
  top: ['Share this article', 'Advertisement', 'Listen to this article · 4 min'],
  middle: [
    'Advertisement',
    'Sign up for our morning briefing to get the day’s top stories in your inbox.',
    'Read more: Five things to know about the county budget',
    'Photograph: {person}/{outlet}'
  ],
  bottom: [
    'Follow us on social media for the latest local news.',
    'Comments are closed on this article.',
    'Copyright {year2} {outlet}. All rights reserved.'
  ]
}

/** A small, fast, seedable generator (mulberry32), so fixtures are stable. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/**
 * `count` invented articles with ids `article-1` … `article-N` (ids that are
 * not integers, as BullMQ wants of custom job ids — the example maps any id).
 */
export function makeArticles(count: number, seed = 1): Article[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const integer = (low: number, high: number) => low + Math.floor(next() * (high - low + 1))
  const articles: Article[] = []

  for (let index = 1; index <= count; index++) {
    const topic = pick(topics)
    const town = pick(towns)
    const outlet = pick(outlets)
    const authors = [`${pick(firstNames)} ${pick(lastNames)}`, `${pick(firstNames)} ${pick(lastNames)}`]
    const fill = (template: string): string =>
      template
        .replaceAll('{town}', town)
        .replaceAll('{org}', pick(orgs))
        .replaceAll('{outlet}', outlet)
        .replaceAll('{person}', `${pick(firstNames)} ${pick(lastNames)}`)
        .replaceAll('{role}', pick(roles))
        .replaceAll('{n}', String(integer(2, 9)))
        .replaceAll('{m}', String(integer(1, 9)))
        .replaceAll('{pct}', String(integer(5, 60)))
        .replaceAll('{year}', String(integer(1890, 1998)))
        .replaceAll('{year2}', String(integer(2024, 2026)))
        .replaceAll('{month}', pick(months))
        .replaceAll('{day}', pick(weekdays))

    // Each fact and quote once, in a shuffled order; now and then a
    // paragraph of two.
    const extra = shuffle([...background], next).slice(0, integer(18, 24))
    const pool = shuffle([...topic.facts, ...topic.quotes, ...extra], next)
    const body: string[] = []
    while (pool.length > 0) {
      const sentences = pool.splice(0, next() < 0.3 ? 2 : 1)
      body.push(sentences.map(fill).join(' '))
    }

    const middle = integer(3, body.length - 2)
    const lines = [
      fill(pick(boilerplate.top)),
      fill(topic.headline),
      fill(topic.dek),
      `By ${authors[0]} and ${authors[1]}`,
      `${town.toUpperCase()} — ${fill(topic.lead)}`,
      ...body.slice(0, middle),
      fill(pick(boilerplate.middle)),
      ...body.slice(middle),
      `Write to ${authors[0]} at ${emailOf(authors[0]!, outlet)}`,
      ...boilerplate.bottom.map(fill)
    ]
    articles.push({id: `article-${index}`, text: lines.join('\n')})
  }

  return articles
}

function shuffle<T>(list: T[], next: () => number): T[] {
  for (let index = list.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[list[index], list[other]] = [list[other]!, list[index]!]
  }

  return list
}

function emailOf(name: string, outlet: string): string {
  const domain = outlet.toLowerCase().replace(/^the /, '').replaceAll(' ', '')
  return `${name.toLowerCase().replaceAll(' ', '.')}@${domain}.example`
}
