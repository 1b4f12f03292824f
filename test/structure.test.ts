import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {digest} from '../src/digest.js'
import {paragraphsOf} from '../src/nlcst/paragraphs.js'
import {retextArticleStructure} from '../src/structure/index.js'
import {run} from './helpers.js'

const article = [
  'Home | News | Science',
  'Lake Ice Melts Two Weeks Early, Survey Finds',
  'Researchers say the shift threatens the winter fishing season.',
  'By Priya Nair and Tom Okafor',
  'DULUTH, Minn. (AP) \u2014 Ice on the northern lakes broke up two weeks earlier than the long-term average this spring, a state survey found.',
  'The survey covered 212 lakes.',
  'Reporting by Priya Nair; Editing by Sam Reyes',
  'Write to Priya Nair at priya.nair@news.example'
].join('\n')

describe('retextArticleStructure', () => {
  it('finds headline, dek, byline, dateline, body and sign-off', () => {
    const {file, tree} = run(article, [retextArticleStructure])
    const structure = file.data.article!
    expect(structure.headline?.text).toBe('Lake Ice Melts Two Weeks Early, Survey Finds')
    expect(structure.dek?.text).toBe('Researchers say the shift threatens the winter fishing season.')
    expect(structure.byline).toEqual({
      text: 'By Priya Nair and Tom Okafor',
      authors: ['Priya Nair', 'Tom Okafor'],
      contacts: [{name: 'Priya Nair', email: 'priya.nair@news.example'}],
      agency: null,
      editors: ['Sam Reyes'],
      date: null
    })
    expect(structure.dateline).toMatchObject({text: 'DULUTH, Minn. (AP)', place: 'Duluth', agency: 'AP'})
    expect(structure.signoff.map((d) => d.text)).toEqual([
      'Reporting by Priya Nair; Editing by Sam Reyes',
      'Write to Priya Nair at priya.nair@news.example'
    ])
    for (const part of [structure.headline!, structure.dek!, structure.dateline!, ...structure.signoff]) {
      expect(article.slice(part.start, part.end)).toBe(part.text)
    }

    expect(paragraphsOf(tree).map((d) => d.data?.articleRole)).toEqual([
      'body',
      'headline',
      'dek',
      'byline',
      'body',
      'body',
      'signoff',
      'signoff'
    ])
    const first = paragraphsOf(tree)[4]!
    expect(article.slice(first.data!.datelineEnd!, first.data!.datelineEnd! + 3)).toBe('Ice')
  })

  it('finds no headline in a text that is only a story', () => {
    const story = 'The council met on Monday.\nIt voted to build a wall.'
    const {file} = run(story, [retextArticleStructure])
    expect(file.data.article).toEqual({
      headline: null,
      dek: null,
      dateline: null,
      byline: {text: null, authors: [], contacts: [], agency: null, editors: [], date: null},
      signoff: [],
      published: null,
      modified: null
    })
  })

  it('takes no dek without a byline or dateline under it', () => {
    const text = 'Council Backs Flood Wall\nThe council voted on Monday to build a flood wall.\nWork starts in May.'
    const {file} = run(text, [retextArticleStructure])
    expect(file.data.article!.headline?.text).toBe('Council Backs Flood Wall')
    expect(file.data.article!.dek).toBeNull()
  })

  it('can turn headline and dek detection off', () => {
    const {file} = run(article, [[retextArticleStructure, {headlineWindow: 0, dek: false}]])
    expect(file.data.article!.headline).toBeNull()
    expect(file.data.article!.dek).toBeNull()
  })

  it('finds the headline right before the story on a page, after the navigation', () => {
    const page = [
      'Home | News | Local',
      'Latest News & Rumors',
      'Weather Forecast Center',
      'Sign in',
      'Lake Ice Melts Two Weeks Early, Survey Finds',
      'By Priya Nair',
      'Updated Jan. 5, 2026 9:30 am ET',
      'Ice on the northern lakes broke up two weeks earlier than the long-term average this spring, a state survey found on Monday.',
      'The survey, which covered 212 lakes, said warmer nights in March did most of the work, and that ice fishing had lost a fortnight of its season.',
      'Share this article',
      '© 2026 Lake Press'
    ]
    const {file, tree} = run(page.join('\n'), [retextArticleStructure])
    expect(file.data.article!.headline?.text).toBe('Lake Ice Melts Two Weeks Early, Survey Finds')
    expect(file.data.article!.byline.authors).toEqual(['Priya Nair'])
    expect(paragraphsOf(tree).map((d) => d.data?.articleRole)[4]).toBe('headline')
  })

  it('takes a page’s `<h1>` for the headline when the markup is known', () => {
    const text = ['Lake Press', 'Lake Ice Melts Two Weeks Early', 'Ice on the northern lakes broke up two weeks earlier than the long-term average this spring, a state survey found on Monday.'].join('\n')
    const evidence = () => (_: unknown, file: VFile) => {
      file.data.htmlBlocks = [
        {start: 0, end: 10, tag: 'p', within: ['header'], linkDensity: 0},
        {start: 11, end: 41, tag: 'h1', within: ['article'], linkDensity: 0}
      ]
    }

    const {file} = run(text, [evidence, retextArticleStructure])
    expect(file.data.article!.headline?.text).toBe('Lake Ice Melts Two Weeks Early')
  })

  it('takes a wire headline in capitals, full stop and all', () => {
    const text = ['SOCCER - HARBOR NAMED CUP HOSTS.', 'LONDON 1996-08-30', 'Harbor City was named host of next year’s cup final on Friday, beating two larger cities.'].join('\n')
    expect(run(text, [retextArticleStructure]).file.data.article!.headline?.text).toBe('SOCCER - HARBOR NAMED CUP HOSTS.')
  })

  it('takes a headline in Title Case ending with a full stop, as archives write it, and no sentence', () => {
    const headline = (text: string) => run(text, [retextArticleStructure]).file.data.article!.headline?.text
    const story = 'Inspectors found the cable worn in two places, and the operator closed the line at once on Tuesday evening.'
    expect(headline(['Cable Car Closed After Inspectors Find Worn Wire.', '', story].join('\n'))).toBe('Cable Car Closed After Inspectors Find Worn Wire.')
    expect(headline(['The cable car was closed on Tuesday.', '', story].join('\n'))).toBeUndefined()
  })

  it('works after retext-english', () => {
    const processor = unified().use(retextEnglish).use(retextArticleStructure)
    const file = new VFile(article)
    processor.runSync(processor.parse(file), file)
    expect(file.data.article!.headline?.text).toBe('Lake Ice Melts Two Weeks Early, Survey Finds')
  })

  it('handles empty input and rejects bad options', () => {
    expect(run('', [retextArticleStructure]).file.data.article!.headline).toBeNull()
    expect(() => run(article, [[retextArticleStructure, {headline: true}]])).toThrow(TypeError)
    expect(() => run(article, [[retextArticleStructure, {dek: 'yes'}]])).toThrow(/option `dek`/)
  })
})

describe('retextArticleStructure: bylines', () => {
  const story = [
    'Tram Line Extension Approved After Long Dispute',
    'Yusuf Demir, Transport Correspondent',
    'The city council approved the eastern tram extension on Thursday after three years of argument.',
    'Work on the 4.2 km line will start in the spring, officials said.',
    'Yusuf Demir is the paper\u2019s transport correspondent and covers city hall.',
    'Reporting by Yusuf Demir and Elif Kaya in Izmir; Editing by Mark Oduya'
  ].join('\n')

  it('takes a name-and-role line as the byline, credits as authors and editors, a bio out of the body', () => {
    const {file, tree} = run(story, [retextArticleStructure])
    const structure = file.data.article!
    expect(structure.byline).toMatchObject({
      text: 'Yusuf Demir, Transport Correspondent',
      authors: ['Yusuf Demir', 'Elif Kaya'],
      editors: ['Mark Oduya']
    })
    expect(paragraphsOf(tree).map((d) => d.data?.articleRole)).toEqual(['headline', 'byline', 'body', 'body', 'signoff', 'signoff'])
  })

  it('reads the agency and the date of a byline', () => {
    const text = 'Dam Repairs Finish Early\nBy Lotte Smit and Pieter Bos (Reuters) \u00b7 21 May 2026\nThe repairs ended a month early, the water board said.'
    const {file} = run(text, [retextArticleStructure])
    expect(file.data.article!.byline).toMatchObject({
      authors: ['Lotte Smit', 'Pieter Bos'],
      agency: 'Reuters',
      date: {text: '21 May 2026', value: '2026-05-21'}
    })
  })
})

describe('a headline over its dek', () => {
  it('takes the upper of two title-like lines, the shorter, for the headline and the longer for the dek', () => {
    const page = [
      'Menu',
      'Home',
      'City council delays vote on Linden Port tram line',
      'Members want an independent review of the costs before they decide',
      'By Omar Haddad, City Reporter',
      'The Linden Port city council has postponed a vote on the planned tram line along the waterfront, after several members said the cost estimates had risen too fast to be trusted.',
      'The line, first proposed in 2022, was meant to cost 210 million euros. An updated estimate presented last month put the figure at 265 million.',
      'Mayor Bruno Castillo said he regretted the decision but would accept a review by the national audit office.'
    ].join('\n')
    const result = digest(page)
    expect(result.headline).toBe('City council delays vote on Linden Port tram line')
    expect(result.dek).toBe('Members want an independent review of the costs before they decide')
    expect(result.boilerplate.map((d) => d.text)).not.toContain('City council delays vote on Linden Port tram line')
  })

  it('keeps a section label or a short kicker above the headline out of it', () => {
    const page = [
      'Politics',
      'Harbour board backs the new ferry landing after a two-year fight',
      'By Lina Moreau',
      'The Saltmarsh harbour board approved a new ferry landing on Tuesday, ending a two-year dispute with residents of the old quarter.',
      'The board voted seven to two for the project, which will be paid for by the regional transport fund and a loan.'
    ].join('\n')
    expect(digest(page).headline).toBe('Harbour board backs the new ferry landing after a two-year fight')
  })
})
