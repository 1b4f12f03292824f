/**
 * The HTML reader at any depth: the cases the old fallback for deep pages
 * (`stripTags`, past about 3,000 levels) got wrong, read here both shallow
 * and nested 5,000 elements deep.
 */
import {describe, expect, it} from 'vitest'
import {htmlToText} from '../src/html/index.js'
import {fromHtml} from 'hast-util-from-html'
import {BlockBuilder} from '../src/html/blocks.js'
import {articleBodyOf} from '../src/html/json-ld.js'
import {readHtml} from '../src/html/reader.js'
import {pageText} from '../src/html/text.js'
import {walkBlocks} from '../src/html/walk.js'

const depth = 5000
const deep = (inner: string) => '<div>'.repeat(depth) + inner + '</div>'.repeat(depth)

describe('htmlToText of lines made of many runs', () => {
  it('keeps every character of a line of thousands of runs, cells and breaks in place', () => {
    const runs = 'a<b>b</b>'.repeat(3000)
    expect(htmlToText(`<p>${runs}</p><p>Next.</p>`).text).toBe(`${'ab'.repeat(3000)}\n\nNext.`)
    const row = `<table><tr>${'<td>x<i>y</i></td>'.repeat(1500)}</tr></table>`
    expect(htmlToText(row).text).toBe(Array.from({length: 1500}, () => 'xy').join('\t'))
    expect(htmlToText(`<div>${'a\n'.repeat(5000)}</div>`).text).toBe(Array.from({length: 5000}, () => 'a').join(' '))
    expect(htmlToText(`<p>${'one<br>'.repeat(3)}</p>`).text).toBe('one\none\none')
  })
})

describe('htmlToText at any depth', {timeout: 60_000}, () => {
  for (const [name, wrap] of [
    ['shallow', (inner: string) => `<div>${inner}</div>`],
    ['5,000 deep', deep]
  ] as const) {
    describe(name, () => {
      it('keeps text after a bare `<`', () => {
        expect(htmlToText(wrap('<p>We know 3 < 4 and more.</p><p>Next one.</p>')).text).toBe(
          'We know 3 < 4 and more.\n\nNext one.'
        )
      })

      it('invents nothing from an attribute holding `>`', () => {
        expect(htmlToText(wrap('<p>A <img alt="a > b"> picture.</p>')).text).toBe('A picture.')
      })

      it('keeps text after a script on a page with `İ`', () => {
        expect(htmlToText(wrap('<p>İİİİ İstanbul.</p><script>var a = "</p>"</script><p>After the script.</p>')).text).toBe(
          'İİİİ İstanbul.\n\nAfter the script.'
        )
      })

      it('decodes numeric and named character references', () => {
        expect(htmlToText(wrap('<p>&#8220;Hi&#x201D; &eacute;t&eacute; &amp; more</p>')).text).toBe('“Hi” été & more')
      })

      it('keeps the markup’s evidence', () => {
        const {text, blocks} = htmlToText(wrap('<nav><p>Home</p></nav><article><p>Story text.</p></article>'))
        expect(text).toBe('Home\n\nStory text.')
        expect(blocks.map((block) => block.within)).toEqual([['nav'], ['article']])
      })
    })
  }

  it('reads 200,000 unclosed elements deep, and implied end tags', {timeout: 60_000}, () => {
    const page = '<div><span>'.repeat(100_000) + 'Deep.'
    expect(htmlToText(page).text).toBe('Deep.')
    expect(htmlToText('<ul><li>One<li>Two</ul><p>Three<p>Four').text).toBe('One\n\nTwo\n\nThree\n\nFour')
    expect(htmlToText('<head><title>T</title><p>Body without a body tag.</p>').text).toBe('Body without a body tag.')
    expect(htmlToText('<svg><path d="M0"/><style>x</style></svg><p>After the picture.</p>').text).toBe('After the picture.')
  })

  it('marks blocks inside `itemprop="articleBody"`', () => {
    const {blocks} = htmlToText('<div itemprop="articleBody"><p>Story.</p></div><p>Other.</p>')
    expect(blocks.map((block) => block.articleBody)).toEqual([true, undefined])
  })
})

describe('articleBodyOf', () => {
  it('finds the body of an article, at the top, in arrays and graphs', () => {
    expect(articleBodyOf(['{"@type":"NewsArticle","articleBody":"Top."}'])).toBe('Top.')
    expect(articleBodyOf(['[{"@type":"Person"},{"@type":["Article"],"articleBody":"In array."}]'])).toBe('In array.')
    expect(articleBodyOf(['{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","articleBody":"In graph."}]}'])).toBe(
      'In graph.'
    )
  })

  it('never throws on malformed or hostile data', () => {
    expect(articleBodyOf(['{not json', '[]', 'null', '"x"', '{"@type":"Person","articleBody":"Not an article."}'])).toBe('')
    const nested = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(articleBodyOf([nested, '{"@type":"Article","articleBody":7}'])).toBe('')
    const wide = `[${'{},'.repeat(200_000)}{"@type":"Article","articleBody":"Far."}]`
    // The search is bounded: a body past its budget is not found.
    expect(articleBodyOf([wide])).toBe('')
  })
})

describe('the reader streams blocks into the page’s text (issue 17, HTML `<p>a<br>` memory)', () => {
  const page =
    '<header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>' +
    '<article><h1>The ferry returns</h1><p>The ferry to Saltmarsh runs again<br>from Monday, the port said.</p>' +
    '<p class="caption">Photo: Port of Saltmarsh</p><p>Tickets cost <b>£4</b> &amp; more at weekends.</p></article>' +
    '<footer><p>© The Harbour Gazette</p></footer>'

  it('gives the same text and evidence as the tree walker', () => {
    const read = readHtml(page)
    expect(read.page).toEqual(pageText(walkBlocks(fromHtml(page))))
    expect(read.page.text).toBe(
      'Home City\n\nThe ferry returns\n\nThe ferry to Saltmarsh runs again\nfrom Monday, the port said.\n\n' +
        'Photo: Port of Saltmarsh\n\nTickets cost £4 & more at weekends.\n\n© The Harbour Gazette'
    )
  })

  it('hands each block on as it ends and keeps none of them itself', () => {
    const seen: string[] = []
    const builder = new BlockBuilder({}, (block) => seen.push(block.lines.join(' ')))
    for (const text of ['One.', 'Two.', 'Three.']) {
      builder.open({tag: 'p', names: '', articleBody: false})
      builder.text(text)
      builder.close()
    }

    expect(builder.finish()).toEqual([])
    expect(seen).toEqual(['One.', 'Two.', 'Three.'])
  })

  it('places every block of a page of many blocks, in order', () => {
    const count = 50_000
    const {text, blocks} = readHtml('<p>a<br>'.repeat(count)).page
    expect(blocks.length).toBe(count)
    expect(text.length).toBe(count * 3 - 2)
    expect(blocks.every((block, index) => block.start === index * 3 && text.slice(block.start, block.end) === 'a')).toBe(true)
  })
})
