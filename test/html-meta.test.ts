/**
 * Page metadata from HTML (`readPageMeta`, `digestHtml(html).meta`): every
 * source, their order, conflicts with the text, and malformed or hostile
 * JSON-LD. All pages are invented.
 */
import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {digest} from '../src/digest.js'
import {digestHtml, readPageMeta} from '../src/html/index.js'

const story = [
  'The river authority said on Monday that the old weir at Brennmoor will be removed this summer, opening forty kilometres of water to salmon for the first time in a century.',
  'Engineers will take the weir down in stages so that the silt behind it moves slowly, said Odile Farran, who leads the project for the authority.',
  'Anglers have asked for the work since the mill it served closed in 1961, and a survey last year found trout already waiting below the stones.'
]

function page(head: string, body = ''): string {
  return `<!doctype html><html lang="en-GB"><head>${head}</head><body><article><h1>Old weir to go as salmon return</h1>${body}${story
    .map((text) => `<p>${text}</p>`)
    .join('')}</article></body></html>`
}

function meta(head: string, body = '', headline?: string | null) {
  return readPageMeta(fromHtml(page(head, body)), {headline})
}

function ld(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`
}

const article = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Old weir to go as salmon return',
  datePublished: '2026-05-04T07:30:00+02:00',
  dateModified: '2026-05-04T12:05:00Z',
  author: [{'@type': 'Person', name: 'Ines Karlsen'}, {'@type': 'Person', name: 'Paavo Mertz'}],
  publisher: {'@type': 'Organization', name: 'Valley Courier'},
  image: {'@type': 'ImageObject', url: 'https://courier.example/weir.jpg'},
  articleSection: 'Environment',
  keywords: 'rivers, salmon, weirs',
  description: 'Forty kilometres of river open to fish.',
  url: 'https://courier.example/ld-url',
  inLanguage: 'en'
}

const tags = `<title>Old weir to go | Valley Courier</title>
<meta property="og:title" content="OG: weir to go">
<meta name="twitter:title" content="Twitter: weir to go">
<meta property="og:site_name" content="The Valley Courier">
<meta property="og:description" content="OG description">
<meta name="description" content="Plain description">
<meta property="og:image" content="https://courier.example/og.jpg">
<meta property="og:url" content="https://courier.example/og-url">
<meta property="article:published_time" content="2026-05-03T10:00:00Z">
<meta property="article:modified_time" content="2026-05-03T11:00:00Z">
<meta property="article:section" content="Nature">
<meta property="article:tag" content="Fish">
<meta property="article:tag" content="Dams">
<meta name="author" content="Ruth Amsel">
<meta name="keywords" content="one, two">
<link rel="canonical" href="https://courier.example/canonical">`

describe('readPageMeta: sources', () => {
  it('reads every field of a NewsArticle in JSON-LD, which wins over the tags', () => {
    const result = meta(tags + ld(article), '<time datetime="2026-01-01">1 January</time>')
    expect(result).toEqual({
      title: {value: 'Old weir to go as salmon return', source: 'json-ld'},
      published: {value: '2026-05-04T05:30:00.000Z', raw: '2026-05-04T07:30:00+02:00', source: 'json-ld'},
      modified: {value: '2026-05-04T12:05:00.000Z', raw: '2026-05-04T12:05:00Z', source: 'json-ld'},
      authors: {value: ['Ines Karlsen', 'Paavo Mertz'], source: 'json-ld'},
      publisher: {value: 'Valley Courier', source: 'json-ld'},
      // The site's own name for itself wins over the publisher's legal name.
      siteName: {value: 'The Valley Courier', source: 'meta'},
      section: {value: 'Environment', source: 'json-ld'},
      tags: {value: ['rivers', 'salmon', 'weirs'], source: 'json-ld'},
      description: {value: 'Forty kilometres of river open to fish.', source: 'json-ld'},
      image: {value: 'https://courier.example/weir.jpg', source: 'json-ld'},
      url: {value: 'https://courier.example/canonical', source: 'meta'},
      lang: {value: 'en-GB', source: 'meta'},
      conflicts: []
    })
  })

  it('reads Open Graph, article and name tags without JSON-LD', () => {
    const result = meta(tags)
    expect(result.title).toEqual({value: 'OG: weir to go', source: 'meta'})
    expect(result.published).toEqual({value: '2026-05-03T10:00:00.000Z', raw: '2026-05-03T10:00:00Z', source: 'meta'})
    expect(result.modified?.value).toBe('2026-05-03T11:00:00.000Z')
    expect(result.authors).toEqual({value: ['Ruth Amsel'], source: 'meta'})
    expect(result.publisher).toBeNull()
    expect(result.siteName).toEqual({value: 'The Valley Courier', source: 'meta'})
    expect(result.section).toEqual({value: 'Nature', source: 'meta'})
    expect(result.tags).toEqual({value: ['Fish', 'Dams'], source: 'meta'})
    expect(result.description).toEqual({value: 'OG description', source: 'meta'})
    expect(result.image).toEqual({value: 'https://courier.example/og.jpg', source: 'meta'})
    expect(result.url).toEqual({value: 'https://courier.example/canonical', source: 'meta'})
  })

  it('falls back to Twitter tags, the title element, keywords and og:url', () => {
    const result = meta(`<title>Weir | Courier</title><meta name="twitter:title" content="Tw title">
<meta name="twitter:description" content="Tw description"><meta name="twitter:image" content="https://courier.example/tw.jpg">
<meta name="news_keywords" content="salmon,  weir , salmon"><meta property="og:url" content="https://courier.example/og">`)
    expect(result.title).toEqual({value: 'Tw title', source: 'meta'})
    expect(result.description).toEqual({value: 'Tw description', source: 'meta'})
    expect(result.image?.value).toBe('https://courier.example/tw.jpg')
    // Split at commas, trimmed, repeats dropped.
    expect(result.tags).toEqual({value: ['salmon', 'weir'], source: 'meta'})
    expect(result.url).toEqual({value: 'https://courier.example/og', source: 'meta'})
    expect(meta('<title>  Only   the title  </title>').title).toEqual({value: 'Only the title', source: 'meta'})
  })

  it('takes the first <time datetime> when nothing else dates the page', () => {
    const result = meta('', '<p>Posted <time datetime="2026-05-02">2 May</time> and <time datetime="2026-05-09">later</time></p>')
    expect(result.published).toEqual({value: '2026-05-02', raw: '2026-05-02', source: 'time'})
  })

  it('reads the language from JSON-LD or og:locale when <html> has none', () => {
    const tree = fromHtml(`<html><head>${ld({...article, inLanguage: 'nb'})}</head><body><p>x</p></body></html>`)
    expect(readPageMeta(tree).lang).toEqual({value: 'nb', source: 'json-ld'})
    const locale = fromHtml('<html><head><meta property="og:locale" content="pt_BR"></head><body></body></html>')
    expect(readPageMeta(locale).lang).toEqual({value: 'pt-BR', source: 'meta'})
  })

  it('gives null fields for a page without metadata', () => {
    const result = readPageMeta(fromHtml('<p>Nothing here but text.</p>'))
    expect(Object.values(result).filter((value) => value !== null)).toEqual([[]])
  })

  it('skips author tags that are profile links', () => {
    const result = meta('<meta property="article:author" content="https://social.example/ruth"><meta name="author" content="Ruth Amsel">')
    expect(result.authors).toEqual({value: ['Ruth Amsel'], source: 'meta'})
  })
})

describe('readPageMeta: JSON-LD shapes', () => {
  it('finds the article in an @graph', () => {
    const graph = {'@context': 'https://schema.org', '@graph': [{'@type': 'WebSite', name: 'Courier'}, {'@type': 'WebPage'}, article]}
    expect(meta(ld(graph)).title?.source).toBe('json-ld')
  })

  it('finds the article in an array, with a list of types, or as mainEntity', () => {
    expect(meta(ld([{'@type': 'BreadcrumbList'}, {...article, '@type': ['ReportageNewsArticle', 'Thing']}])).section?.value).toBe(
      'Environment'
    )
    expect(meta(ld({'@type': 'WebPage', mainEntity: {...article, '@type': 'BlogPosting'}})).authors?.value).toEqual([
      'Ines Karlsen',
      'Paavo Mertz'
    ])
  })

  it('reads authors, keywords, sections and images in their other shapes', () => {
    const result = meta(
      ld({
        '@type': 'Article',
        author: 'Solo Writer',
        keywords: ['Weirs', 'weirs', 'Salmon'],
        articleSection: ['Rivers', 'Nature'],
        image: ['https://courier.example/a.jpg', 'https://courier.example/b.jpg'],
        publisher: 'Courier Group'
      })
    )
    expect(result.authors?.value).toEqual(['Solo Writer'])
    expect(result.tags?.value).toEqual(['Weirs', 'Salmon'])
    expect(result.section?.value).toBe('Rivers')
    expect(result.image?.value).toBe('https://courier.example/a.jpg')
    expect(result.publisher?.value).toBe('Courier Group')
  })

  it('skips a malformed script and reads the next one', () => {
    const result = meta(`<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>${ld(article)}`)
    expect(result.title).toEqual({value: article.headline, source: 'json-ld'})
  })

  it('falls back to the tags when the JSON-LD is malformed or holds no article', () => {
    const broken = '<script type="application/ld+json">{"@type": "NewsArticle", headline: "x"}</script>'
    expect(meta(tags + broken).title).toEqual({value: 'OG: weir to go', source: 'meta'})
    expect(meta(tags + ld({'@type': 'Recipe', name: 'Soup'})).title?.source).toBe('meta')
    expect(meta(tags + '<script type="application/ld+json"></script>').title?.source).toBe('meta')
  })

  it('ignores values of the wrong type', () => {
    const result = meta(
      tags +
        ld({
          '@type': 'NewsArticle',
          headline: {nested: ['no']},
          datePublished: 20260504,
          author: [7, null, true, {name: 42}, {name: 'Kept Name'}, ['deep']],
          keywords: {not: 'a list'},
          image: {url: {}},
          articleSection: null,
          publisher: [1, 2]
        })
    )
    expect(result.title?.source).toBe('meta')
    // A number is no date: the tags date the page.
    expect(result.published?.source).toBe('meta')
    expect(result.authors).toEqual({value: ['Kept Name'], source: 'json-ld'})
    expect(result.tags?.source).toBe('meta')
    expect(result.image?.source).toBe('meta')
    expect(result.section?.source).toBe('meta')
    expect(result.publisher).toBeNull()
  })
})

describe('readPageMeta: hostile pages', () => {
  it('skips a script too long to parse', () => {
    const huge = ld({...article, headline: 'Huge', filler: 'x'.repeat(300_000)})
    expect(meta(tags + huge).title?.source).toBe('meta')
  })

  it('survives JSON nested far deeper than it searches', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000)
    const nested = `<script type="application/ld+json">${deep}</script>`
    const chain = ld({a: {b: {c: {d: {e: {f: {g: {h: article}}}}}}}})
    expect(() => meta(nested + chain)).not.toThrow()
    // The article sits deeper than the search goes.
    expect(meta(nested + chain).title).toBeNull()
    expect(meta(nested + ld(article)).title?.source).toBe('json-ld')
  })

  it('caps long values, long lists and many tags', () => {
    const many = Array.from({length: 2000}, (_, index) => `<meta property="article:tag" content="tag${index}">`).join('')
    const result = meta(`<meta name="description" content="${'word '.repeat(5000)}">${many}`)
    expect(result.description!.value.length).toBeLessThanOrEqual(2000)
    expect(result.description!.value.startsWith('word word')).toBe(true)
    expect(result.tags!.value).toHaveLength(20)
    const authors = Array.from({length: 5000}, (_, index) => ({name: `Writer ${index}`}))
    expect(meta(ld({'@type': 'NewsArticle', author: authors})).authors!.value).toHaveLength(20)
  })

  it('visits a bounded number of JSON-LD objects', () => {
    const wide = Array.from({length: 5000}, () => ({'@type': 'Thing'}))
    wide.push(article)
    // The article after the first thousand objects is not looked for.
    expect(meta(ld(wide)).title).toBeNull()
    expect(meta(ld(wide.slice(-10))).title?.source).toBe('json-ld')
  })

  it('throws a TypeError on a tree that is not a hast root or a wrong option', () => {
    expect(() => readPageMeta(null as never)).toThrow(/readPageMeta: expected `tree` to be a hast root/)
    expect(() => readPageMeta(fromHtml('<p>x</p>'), {headline: 3 as never})).toThrow(/option `headline`/)
  })
})

describe('readPageMeta: dates', () => {
  const cases: Array<[string, string | null]> = [
    ['2026-05-04', '2026-05-04'],
    ['2026-05-04T07:30', '2026-05-04T07:30'],
    ['2026-05-04 07:30:15', '2026-05-04T07:30:15'],
    ['2026-05-04T07:30:00.250-0330', '2026-05-04T11:00:00.000Z'],
    ['Mon, 04 May 2026 07:30:00 GMT', '2026-05-04T07:30:00.000Z'],
    ['4 May 2026', '2026-05-04'],
    ['May 4th, 2026', '2026-05-04'],
    ['2026-02-30', null],
    ['2026-05-04T25:00', null],
    ['yesterday', null]
  ]
  for (const [raw, value] of cases) {
    it(`reads ${JSON.stringify(raw)}`, () => {
      expect(meta(`<meta property="article:published_time" content="${raw}">`).published).toEqual({value, raw, source: 'meta'})
    })
  }
})

describe('readPageMeta: metadata against the text', () => {
  it('takes the headline when the title is the headline with the site name', () => {
    const result = meta('<title>Old weir to go as salmon return | Valley Courier</title>', '', 'Old weir to go as salmon return')
    expect(result.title).toEqual({value: 'Old weir to go as salmon return', source: 'text'})
    expect(result.conflicts).toEqual([
      {
        field: 'title',
        meta: 'Old weir to go as salmon return | Valley Courier',
        text: 'Old weir to go as salmon return',
        winner: 'text',
        reason: 'the metadata title is the headline with more around it (a site name)'
      }
    ])
  })

  it('keeps the declared headline when the text found another, and says so', () => {
    const result = meta(ld(article), '', 'Subscribe to our newsletter')
    expect(result.title).toEqual({value: article.headline, source: 'json-ld'})
    expect(result.conflicts).toHaveLength(1)
    expect(result.conflicts[0]).toMatchObject({field: 'title', winner: 'meta', text: 'Subscribe to our newsletter'})
  })

  it('reports no conflict when they agree (quotes and case aside)', () => {
    const result = meta('<meta property="og:title" content="Old weir to go as ‘salmon’ return">', '', "old weir to go as 'salmon' return")
    expect(result.conflicts).toEqual([])
    expect(result.title?.source).toBe('meta')
  })

  it('takes the text headline when the page declares no title', () => {
    expect(meta('', '', 'A headline from the text').title).toEqual({value: 'A headline from the text', source: 'text'})
  })
})

describe('digest and digestHtml', () => {
  it('digestHtml reads the metadata and compares it with the headline it found', () => {
    const result = digestHtml(page(tags + ld({...article, headline: 'Weir to be removed'})))
    expect(result.headline).toBe('Old weir to go as salmon return')
    expect(result.meta.title?.value).toBe('Weir to be removed')
    expect(result.meta.conflicts.map((conflict) => conflict.winner)).toEqual(['meta'])
    expect(result.meta.published?.value).toBe('2026-05-04T05:30:00.000Z')
    expect(result.meta.lang?.value).toBe('en-GB')
    // Metadata is not story text.
    expect(result.body).not.toContain('Valley Courier')
  })

  it('reads what the tree reader reads, from the streaming reader, at any depth', () => {
    const html = page(tags + ld(article), '<time datetime="2026-05-03">3 May</time>')
    const {conflicts: _, ...fromTree} = readPageMeta(fromHtml(html))
    const {conflicts: __, ...fromPage} = digestHtml(html).meta
    expect(fromPage).toEqual(fromTree)
    expect(fromPage.url).not.toBeNull()
    // Deep nesting, and an SVG `<title>` in the body, change nothing.
    const deep = html.replace('<body>', '<body>' + '<div>'.repeat(5000) + '<svg><title>Icon</title></svg>')
    const {conflicts: ___, ...fromDeep} = digestHtml(deep).meta
    expect(fromDeep).toEqual(fromTree)
  })

  it('digest of plain text has no page metadata', () => {
    expect(digest(story.join('\n\n')).meta).toBeNull()
  })
})
