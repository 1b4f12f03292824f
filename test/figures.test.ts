/**
 * `retextArticleFigures`: numbers with what they count, and dates.
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {retextArticleFigures, type FiguresOptions} from '../src/figures/index.js'
import {retextArticleEnglish} from '../src/parser/index.js'
import {retextArticleStructure} from '../src/structure/index.js'
import type {DateMention, Figure} from '../src/types.js'

// Pieces of text that reach the interesting branches, for property tests.
const words = fc.constantFrom('A', 'b', ' ', '\n', '“', '”', '"', ',', '.', ':', '1', '0', '$', '%', '-', 'May', 'Kim', 'KIM', 'Jong', 'said', 'he', 'of', 'Bank', '2025', 'in', 'U.S.', 'Mr.', 'Russian', 'according to')

// An invented story.
const story = [
  'Ashford Will Open Its Bridge in 2027',
  'On Jan. 5, 2026, Corvane Industries paid $1.13bn for the site, and roughly 1,200 workers will build the bridge over five years.',
  'Tolls will rise 40% in December, the mayor said last week; the state pays 2.5 percentage points of the cost.',
  'The two last met in 2019, and the council meets on Monday.'
].join('\n')

function run(text: string, options?: FiguresOptions, parser: Plugin<[], Root> = retextArticleEnglish): {figures: Figure[]; dates: DateMention[]} {
  const processor = unified().use(parser).use(retextArticleFigures, options)
  const file = new VFile(text)
  processor.runSync(processor.parse(file) as Root, file)
  return {figures: file.data.figures!, dates: file.data.dates!}
}

function span(text: string, surface: string): {start: number; end: number} {
  const start = text.indexOf(surface)
  if (start === -1) throw new Error('Missing `' + surface + '`')
  return {start, end: start + surface.length}
}

describe('retextArticleFigures', () => {
  it('finds figures with what they count', () => {
    expect(run(story).figures).toEqual([
      {text: '$1.13bn', value: 1_130_000_000, unit: '$', what: null, kind: 'money', currency: 'USD', range: null, ...span(story, '$1.13bn')},
      {text: 'roughly 1,200 workers', value: 1200, unit: null, what: 'workers', kind: 'count', currency: null, range: null, ...span(story, 'roughly 1,200 workers')},
      {text: 'five years', value: 5, unit: null, what: 'years', kind: 'count', currency: null, range: null, ...span(story, 'five years')},
      {text: '40%', value: 40, unit: '%', what: null, kind: 'percent', currency: null, range: null, ...span(story, '40%')},
      {
        text: '2.5 percentage points of the cost',
        value: 2.5,
        unit: 'percentage points',
        what: 'cost',
        kind: 'percent',
        currency: null,
        range: null,
        ...span(story, '2.5 percentage points of the cost')
      }
    ])
  })

  it('finds dates, a year never also a figure', () => {
    expect(run(story).dates).toEqual([
      {text: '2027', kind: 'year', value: '2027', ...span(story, '2027')},
      {text: 'Jan. 5, 2026', kind: 'date', value: '2026-01-05', ...span(story, 'Jan. 5, 2026')},
      {text: 'December', kind: 'month', value: '--12', ...span(story, 'December')},
      {text: 'last week', kind: 'relative', value: null, ...span(story, 'last week')},
      {text: '2019', kind: 'year', value: '2019', ...span(story, '2019')},
      {text: 'Monday', kind: 'weekday', value: null, ...span(story, 'Monday')}
    ])
  })

  it('normalises dates only as far as they are written', () => {
    const text = 'Polls close on 5 March 2024, results come in May and the count ends March 9. The 2024-03-30 audit follows in April 2024; it may slip.'
    expect(run(text).dates.map((d) => [d.text, d.kind, d.value])).toEqual([
      ['5 March 2024', 'date', '2024-03-05'],
      ['May', 'month', '--05'],
      ['March 9', 'day', '--03-09'],
      ['2024-03-30', 'date', '2024-03-30'],
      ['April 2024', 'month', '2024-04']
    ])
  })

  it('reads scales, currencies and units', () => {
    const text = 'It raised €2.4 million, US$5m and 3,000 tonnes of grain; rents fell 12 percent over 20km.'
    expect(run(text).figures.map((d) => [d.text, d.value, d.unit, d.what])).toEqual([
      ['€2.4 million', 2_400_000, '€', null],
      ['US$5m', 5_000_000, 'US$', null],
      ['3,000 tonnes of grain', 3000, 'tonnes', 'grain'],
      ['12 percent', 12, '%', null],
      ['20km', 20, 'km', null]
    ])
  })

  it('takes the head of the noun phrase as what is counted', () => {
    const text =
      'The yard will add 85 welding apprentices, 12 battery-electric ferries and 300 full-time seasonal posts; 60 fire crews and 9,000 marchers filled the square.'
    expect(run(text).figures.map((d) => [d.text, d.what])).toEqual([
      ['85 welding apprentices', 'apprentices'],
      ['12 battery-electric ferries', 'ferries'],
      ['300 full-time seasonal posts', 'posts'],
      ['60 fire crews', 'crews'],
      ['9,000 marchers', 'marchers']
    ])
  })

  it('counts nothing after a measure but an `of` phrase', () => {
    const text = 'The mast stands 90 metres high, the lake holds 4m cubic metres of meltwater and the mill covers 3,500 square feet.'
    expect(run(text).figures.map((d) => [d.text, d.value, d.unit, d.what, d.kind])).toEqual([
      ['90 metres', 90, 'metres', null, 'measure'],
      ['4m cubic metres of meltwater', 4_000_000, 'cubic metres', 'meltwater', 'measure'],
      ['3,500 square feet', 3500, 'square feet', null, 'measure']
    ])
  })

  it('reads currency words and symbols as ISO 4217 codes', () => {
    const text =
      'The ferry line cost 7.5 million Swiss francs, £40m and 1.2bn Danish kroner; the bank lent 800 million kroner, 15bn yen and C$3m, and bid a $900 million takeover offer.'
    expect(run(text).figures.map((d) => [d.text, d.value, d.unit, d.currency, d.kind, d.what])).toEqual([
      ['7.5 million Swiss francs', 7_500_000, 'francs', 'CHF', 'money', null],
      ['£40m', 40_000_000, '£', 'GBP', 'money', null],
      ['1.2bn Danish kroner', 1_200_000_000, 'kroner', 'DKK', 'money', null],
      // Danish or Norwegian: the code is not guessed.
      ['800 million kroner', 800_000_000, 'kroner', null, 'money', null],
      ['15bn yen', 15_000_000_000, 'yen', 'JPY', 'money', null],
      ['C$3m', 3_000_000, 'C$', 'CAD', 'money', null],
      ['$900 million takeover offer', 900_000_000, '$', 'USD', 'money', 'offer']
    ])
  })

  it('reads a currency word that is also a weight or a verb as money only after a scale', () => {
    const text = 'The calf weighed 70 pounds; the club paid 3 million pounds. The side that won 4 won nothing.'
    expect(run(text).figures.map((d) => [d.text, d.unit, d.currency, d.kind])).toEqual([
      ['70 pounds', 'pounds', null, 'measure'],
      ['3 million pounds', 'pounds', 'GBP', 'money']
    ])
  })

  it('reads multipliers before plurals and measures', () => {
    const text = 'Some 3m households and 1.5 trillion won were hit, a 10k run went ahead, and 6bn litres were lost.'
    expect(run(text).figures.map((d) => [d.text, d.value, d.unit, d.what])).toEqual([
      ['Some 3m households', 3_000_000, null, 'households'],
      ['1.5 trillion won', 1.5e12, 'won', null],
      ['10k', 10, 'k', null],
      ['6bn litres', 6_000_000_000, 'litres', null]
    ])
  })

  it('reads percentages, rates and temperatures', () => {
    const text = 'Rates fell 25 basis points and 0.4 per cent; it hit 41C in Seville, -8C in Tartu, minus 3 degrees Celsius in Riga and 98 degrees Fahrenheit in Reno, a 50c coin aside.'
    expect(run(text).figures.map((d) => [d.text, d.value, d.unit, d.kind])).toEqual([
      ['25 basis points', 25, 'basis points', 'percent'],
      ['0.4 per cent', 0.4, '%', 'percent'],
      ['41C', 41, '°C', 'temperature'],
      ['-8C', -8, '°C', 'temperature'],
      ['minus 3 degrees Celsius', -3, '°C', 'temperature'],
      ['98 degrees Fahrenheit', 98, '°F', 'temperature']
    ])
  })

  it('joins ranges, and tells a change from a range', () => {
    const text =
      'Between 15 and 25 nurses will transfer, 2 to 4 million riders use the line, fees rise 6–9% and bids of $10m-$12m came in; the toll went from 5 to 8 euros. It ended 3-1.'
    const figures = run(text).figures
    expect(figures.map((d) => [d.text, d.value, d.range, d.what, d.unit])).toEqual([
      ['Between 15 and 25 nurses', 15, {min: 15, max: 25}, 'nurses', null],
      ['2 to 4 million riders', 2_000_000, {min: 2_000_000, max: 4_000_000}, 'riders', null],
      ['6–9%', 6, {min: 6, max: 9}, null, '%'],
      ['$10m-$12m', 10_000_000, {min: 10_000_000, max: 12_000_000}, null, '$'],
      ['8 euros', 8, null, null, 'euros']
    ])
    for (const {text: value, start, end} of figures) expect(text.slice(start, end)).toBe(value)
  })

  it('reads decades, clock times, seasons and parts of a period', () => {
    const text =
      'Ridership fell in the 1970s and rose through the mid-2000s. The gates shut at 10.45pm, reopen at 6 a.m. and the last train leaves at 23:40 CET; the depot opens at noon. Works begin in the autumn of 2029, or by late winter 2030, in early 2031 or late next year, and pause in the summer; the Prague Spring ended.'
    expect(run(text).dates.map((d) => [d.text, d.kind, d.value])).toEqual([
      ['1970s', 'decade', '197X'],
      ['mid-2000s', 'decade', '200X'],
      ['10.45pm', 'time', 'T22:45'],
      ['6 a.m.', 'time', 'T06:00'],
      ['23:40 CET', 'time', 'T23:40+01:00'],
      ['noon', 'time', 'T12:00'],
      ['autumn of 2029', 'season', '2029-23'],
      ['late winter 2030', 'season', '2030-24'],
      ['early 2031', 'year', '2031'],
      ['late next year', 'relative', null],
      ['summer', 'season', null]
    ])
  })

  it('resolves relative dates against `referenceDate`, by tense for a bare weekday', () => {
    // 20 May 2026 is a Wednesday.
    const text =
      'The board met on Monday and will meet again on Friday. Yesterday it named a chair; tomorrow it votes. Shares fell last week, rose three months ago and peaked two years ago; the plan starts next spring, after last winter, this autumn at the latest. Since last Thursday, and until next Wednesday, talks go on. Sunday is open. The past week was calm, and several years ago too.'
    const dates = run(text, {referenceDate: '2026-05-20'}).dates.map((d) => [d.text, d.value])
    expect(dates).toEqual([
      ['Monday', '2026-05-18'],
      ['Friday', '2026-05-22'],
      ['Yesterday', '2026-05-19'],
      ['tomorrow', '2026-05-21'],
      ['last week', '2026-W20'],
      ['three months ago', '2026-02'],
      ['two years ago', '2024'],
      ['next spring', '2027-21'],
      ['last winter', '2025-24'],
      ['this autumn', '2026-23'],
      ['last Thursday', '2026-05-14'],
      ['next Wednesday', '2026-05-27'],
      // No tense near it, a span that is no calendar unit, a count not told: never guessed.
      ['Sunday', null],
      ['past week', null],
      ['several years ago', null]
    ])
    expect(run(text).dates.every((d) => d.value === null)).toBe(true)
  })

  it('reads relative dates against the article’s own date first', () => {
    const text = ['Ferry Fares Rise Again', 'Published 2 June 2027, 07:30 GMT', 'The operator said yesterday that fares rise next month.'].join('\n')
    const processor = unified().use(retextArticleEnglish).use(retextArticleStructure).use(retextArticleFigures, {referenceDate: '2020-01-01'})
    const file = new VFile(text)
    processor.runSync(processor.parse(file) as Root, file)
    expect(file.data.dates!.map((d) => [d.text, d.value])).toEqual([
      // Without the boilerplate plugin the timestamp line is read too.
      ['2 June 2027', '2027-06-02'],
      ['07:30 GMT', 'T07:30Z'],
      ['yesterday', '2027-06-01'],
      ['next month', '2027-07']
    ])
  })

  it('throws on a `referenceDate` that is no day', () => {
    expect(() => retextArticleFigures({referenceDate: '2026-02-30'})).toThrow(/`referenceDate` to be a day as `YYYY-MM-DD`/)
    expect(() => retextArticleFigures({referenceDate: '2026-5-1'})).toThrow(TypeError)
    expect(() => retextArticleFigures({referenceDate: '2026-05-01T10:00'})).toThrow(TypeError)
  })

  it('tells a count in the thousands from a year', () => {
    const text = 'The plant hired 2000 workers in 2020.'
    const {figures, dates} = run(text)
    expect(figures.map((d) => [d.text, d.value])).toEqual([['2000 workers', 2000]])
    expect(dates.map((d) => d.text)).toEqual(['2020'])
  })

  it('reports numbers with nothing counted with `bareNumbers`', () => {
    const text = 'Ruiz, 52, won 6-4.'
    expect(run(text).figures).toEqual([])
    expect(run(text, {bareNumbers: true}).figures.map((d) => d.value)).toEqual([52, 6, 4])
  })

  it('points offsets at the text', () => {
    const {figures, dates} = run(story)
    for (const {text, start, end} of [...figures, ...dates]) expect(story.slice(start, end)).toBe(text)
  })

  it('works the same after `retext-english`', () => {
    expect(run(story, undefined, retextEnglish as Plugin<[], Root>)).toEqual(run(story))
  })

  it('throws on bad options', () => {
    // @ts-expect-error: wrong type on purpose.
    expect(() => retextArticleFigures({bareNumbers: 'yes'})).toThrow(TypeError)
    // @ts-expect-error: unknown option on purpose.
    expect(() => retextArticleFigures({dates: false})).toThrow(/unknown option `dates`/)
  })

  it('handles empty input', () => {
    expect(run('')).toEqual({figures: [], dates: []})
  })

  it('never throws, and offsets slice the input to the text', () => {
    fc.assert(
      fc.property(fc.string({unit: words, maxLength: 80}), (text) => {
        const {figures, dates} = run(text)
        for (const {text: value, start, end} of [...figures, ...dates]) expect(text.slice(start, end)).toBe(value)
      })
    )
  })

  // Shapes that would make a careless pattern backtrack: each must finish in one pass
  // (the test runner’s timeout catches one that does not; no timing asserted here).
  it('reads hostile input through', () => {
    const inputs = ['1'.repeat(200_000), '1,000'.repeat(40_000), '$1.'.repeat(50_000), 'May 5, '.repeat(30_000), 'a few weeks ago '.repeat(15_000)]
    for (const text of inputs) {
      const result = run(text)
      expect(Array.isArray(result.figures)).toBe(true)
    }
  })
})
