/**
 * Offsets behind `rehype-retext` after character references (`&amp;`,
 * `&#8217;`, `&nbsp;`, `&mdash;`) and `\r\n`: each span the plugins report
 * reads, in the HTML source (references decoded), as its text.
 */
import {decodeHTML} from 'entities/decode'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rehypeArticleBlocks} from '../src/html/index.js'
import {retextArticle} from '../src/index.js'
import type {Digest, Topics} from '../src/index.js'
import type {PluggableList} from 'unified'

const articleChain: PluggableList = [retextArticle]

async function digestOf(page: string): Promise<Digest & {topics: Topics}> {
  const file = new VFile(page)
  const processor = unified()
    .use(rehypeParse)
    .use(rehypeArticleBlocks)
    .use(rehypeRetext, unified().use(retextEnglish).use(articleChain))
  await processor.run(processor.parse(file), file)
  return {...file.data.digest!, topics: file.data.topics!}
}

/** The source between `start` and `end`, references decoded, white space as one space. */
function read(page: string, start: number, end: number): string {
  return decodeHTML(page.slice(start, end)).replace(/\s+/g, ' ')
}

function same(text: string): string {
  return text.replace(/\s+/g, ' ')
}

const pages = [
  [
    '<html><body><article><h1>Mill Town Votes to Buy the Old Mill</h1>',
    '<p>Tom &amp; Jerry paid $5 million for the mill on Tuesday, the council said.</p>',
    '<p>&ldquo;We will reopen it by spring,&rdquo; said Ana Ruiz, the mayor. It cost 12&nbsp;percent more than planned.</p>',
    '<p>The town&#8217;s budget &mdash; about 40 million kronor &mdash; rose by 3% last year, the treasurer said.</p>',
    '</article></body></html>'
  ].join('\n'),
  [
    '<html><body><main><h1>Ferry &amp; Bus Fares Rise</h1>',
    '<p>Fares on the harbour ferry will rise by 8%\r\nfrom March 1, the port authority&#x2019;s board said on Friday.</p>',
    '<p>&#8220;Nobody told us about the rise,&#8221; said Leila Haddad, a commuter who pays &euro;90 a month.</p>',
    '<p>The board said 2,400 people use the ferry each day &amp; that the fare had not changed since 2019.</p>',
    '</main></body></html>'
  ].join('\r\n')
]

describe('rehypeArticleBlocks: offsets after character references', () => {
  it('puts `Tom &amp; Jerry paid $5 million`’s figure on its text', async () => {
    const page = pages[0]!
    const digest = await digestOf(page)
    const figure = digest.figures.find((d) => d.text === '$5 million')
    expect(figure).toBeDefined()
    expect(page.slice(figure!.start, figure!.end)).toBe('$5 million')
  })

  for (const [index, page] of pages.entries()) {
    it(`places every figure, date, quote, summary sentence and keyword of page ${index + 1} on its text`, async () => {
      const digest = await digestOf(page)
      expect(digest.figures.length).toBeGreaterThan(1)
      expect(digest.quotes.length).toBeGreaterThan(0)
      expect(digest.summary.length).toBeGreaterThan(0)
      for (const figure of digest.figures) expect(read(page, figure.start, figure.end)).toBe(same(figure.text))
      for (const date of digest.dates) expect(read(page, date.start, date.end)).toBe(same(date.text))
      for (const quote of digest.quotes) expect(read(page, quote.start, quote.end)).toBe(same(quote.text))
      for (const sentence of digest.summary) expect(read(page, sentence.start, sentence.end)).toBe(same(sentence.text))
      expect(digest.topics.keywords.length).toBeGreaterThan(0)
      for (const keyword of digest.topics.keywords) {
        for (const position of keyword.positions) expect(read(page, position.start, position.end)).toMatch(/^[\p{L}\p{N}][^<>]*$/u)
      }
    })
  }

  it('still names the speaker of a quote in references', async () => {
    const digest = await digestOf(pages[0]!)
    expect(digest.quotes.map((d) => d.speaker)).toContain('Ana Ruiz')
    const second = await digestOf(pages[1]!)
    expect(second.quotes.map((d) => d.speaker)).toContain('Leila Haddad')
  })
})
