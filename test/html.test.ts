/**
 * HTML input (`retext-article/html`): the page as text with the markup’s
 * evidence, `digestHtml`, and `rehypeArticleBlocks` before `rehype-retext`.
 */
import {fromHtml} from 'hast-util-from-html'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import retextEnglish from 'retext-english'
import type {Root} from 'hast'
import type {PluggableList} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {digestHtml, htmlToText, rehypeArticleBlocks} from '../src/html/index.js'
import {retextArticle, retextArticleBoilerplate, retextArticleEnglish} from '../src/index.js'

const articleChain: PluggableList = [retextArticle]

const story = [
  'The harbour board voted on Tuesday to close the old ferry landing after divers found deep cracks in its piles, ending a century of crossings.',
  '“We sent letters every winter,” said Aino Vik, who has piloted the morning crossing since 2009, at a meeting on the quay.',
  'A temporary bus service will run around the bay until a new landing opens, which engineers expect to take at least two years.'
]

// An invented page with the markup of a modern news site.
const page = `<!doctype html><html><head><title>Ferry landing closes</title><script>var x = "<p>no</p>"</script></head>
<body class="Page-body">
<header class="masthead"><p>Harbor Press</p><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav></header>
<div class="Page-ad-margins"><main><article>
<h1>Ferry Landing Closes After Divers Find Cracks</h1>
<p class="byline">By Lena Park</p>
<p>${story[0]}</p>
<figure><img src="a.jpg" alt=""><figcaption>The old landing at dawn.</figcaption></figure>
<p>${story[1]}</p>
<div class="related-links"><h2>Related</h2><ul><li><a href="/a">Storm warning for the coast</a></li><li><a href="/b">Mayor opens library</a></li></ul></div>
<p>${story[2]}</p>
</article></main></div>
<aside><h2>Most read</h2><p><a href="/c">Bridge reopens after repairs to its deck and rails</a></p></aside>
<footer><p>© 2026 Harbor Press</p><p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>`

describe('htmlToText', () => {
  it('cuts the visible text into blocks, with the markup’s evidence', () => {
    const {text, blocks} = htmlToText(
      '<div><p>One <b>bold</b>\n   line.<br>Two</p><table><tr><td>Pos</td><td>Name</td></tr></table><script>no</script><p hidden>no</p><p style="display: none">no</p><p aria-hidden="true">no</p></div>'
    )
    expect(text).toBe('One bold line.\nTwo\n\nPos\tName')
    expect(blocks).toEqual([
      {start: 0, end: 18, tag: 'p', within: [], linkDensity: 0},
      {start: 20, end: 28, tag: 'tr', within: ['table'], linkDensity: 0}
    ])
    for (const block of blocks) expect(text.slice(block.start, block.end).length).toBeGreaterThan(0)
  })

  it('reads landmarks, furniture classes and link density', () => {
    const {text, blocks} = htmlToText(page)
    const of = (needle: string) => blocks.find((d) => text.slice(d.start, d.end).includes(needle))!
    expect(of('Local')).toMatchObject({tag: 'li', within: ['nav', 'header', 'furniture'], linkDensity: 1})
    expect(of('Ferry Landing Closes')).toMatchObject({tag: 'h1', within: ['article', 'main']})
    // `Page-ad-margins` around the `<main>` says nothing about the story.
    expect(of('The harbour board voted').within).toEqual(['article', 'main'])
    expect(of('The old landing').within).toEqual(['figcaption', 'figure', 'article', 'main'])
    expect(of('Storm warning').within).toEqual(['furniture', 'article', 'main'])
    expect(of('Bridge reopens')).toMatchObject({within: ['aside'], linkDensity: 1})
    expect(of('©').within).toEqual(['footer'])
    expect(text).not.toContain('var x')
  })

  it('reads class names word by word', () => {
    const blocks = (classes: string) => htmlToText(`<div class="${classes}"><p>Text here.</p></div>`).blocks[0]!.within
    expect(blocks('shareBar')).toEqual(['furniture'])
    expect(blocks('sidebar-widget')).toEqual(['furniture'])
    expect(blocks('PageBuilder-pageRow')).toEqual([])
    expect(blocks('social-media-embed')).toEqual([])
    expect(blocks('related-content')).toEqual([])
  })

  it('takes a hast tree, survives deep nesting and rejects other input', () => {
    expect(htmlToText(fromHtml('<p>Hi.</p>', {fragment: true})).text).toBe('Hi.')
    const deep = '<div>'.repeat(20_000) + 'Deep text.' + '</div>'.repeat(20_000)
    expect(htmlToText(deep).text).toBe('Deep text.')
    // @ts-expect-error: not HTML.
    expect(() => htmlToText(42)).toThrow(TypeError)
  })
})

describe('digestHtml', () => {
  const result = digestHtml(page)

  it('keeps the story, and only the story, in `body`', () => {
    expect(result.headline).toBe('Ferry Landing Closes After Divers Find Cracks')
    expect(result.byline.authors).toEqual(['Lena Park'])
    expect(result.body).toBe(story.join('\n\n'))
  })

  it('reports every removal with its rule, at offsets into `text`', () => {
    expect(result.boilerplate.map((d) => [d.rule, d.text])).toEqual([
      ['html-header', 'Harbor Press'],
      ['navigation', 'Home'],
      ['html-navigation', 'Local'],
      ['html-caption', 'The old landing at dawn.'],
      ['related-links', 'Related'],
      ['html-furniture', 'Storm warning for the coast'],
      ['html-furniture', 'Mayor opens library'],
      ['related-links', 'Most read'],
      ['html-aside', 'Bridge reopens after repairs to its deck and rails'],
      ['copyright', '© 2026 Harbor Press'],
      ['navigation', 'Privacy Terms']
    ])
    for (const entry of result.boilerplate) expect(result.text.slice(entry.start, entry.end)).toBe(entry.text)
    for (const sentence of result.summary) expect(result.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })

  it('checks its input and options', () => {
    // @ts-expect-error: not a string.
    expect(() => digestHtml(null)).toThrow(/`html` to be a string, not `null`/)
    // @ts-expect-error: unknown option.
    expect(() => digestHtml(page, {nope: 1})).toThrow(/digestHtml: unknown option `nope`/)
    expect(digestHtml('').body).toBe('')
  })
})

describe('rehypeArticleBlocks', () => {
  it('gives retext plugins behind rehype-retext the markup’s evidence', async () => {
    const file = new VFile(page)
    const processor = unified()
      .use(rehypeParse)
      .use(rehypeArticleBlocks)
      .use(rehypeRetext, unified().use(retextEnglish).use(articleChain))
    await processor.run(processor.parse(file), file)

    // Evidence offsets point into the HTML source.
    const h1 = file.data.htmlBlocks!.find((d) => d.tag === 'h1')!
    expect(page.slice(h1.start, h1.end)).toBe('Ferry Landing Closes After Divers Find Cracks')
    const digest = file.data.digest!
    expect(digest.headline).toBe('Ferry Landing Closes After Divers Find Cracks')
    // The body is text, not markup.
    expect(digest.body).toBe(story.join('\n\n'))
    expect(file.data.boilerplate!.map((d) => d.rule)).toContain('html-navigation')
  })

  it('unwraps line breaks in text without moving anything', async () => {
    const html = '<p>One line\nwrapped\n  in the source.</p><pre>keep\nthis</pre>'
    const file = new VFile(html)
    const processor = unified().use(rehypeParse, {fragment: true}).use(rehypeArticleBlocks)
    const tree = (await processor.run(processor.parse(file), file)) as Root
    const [p, pre] = tree.children as Array<{children: Array<{value: string}>}>
    expect(p!.children[0]!.value).toBe('One line wrapped   in the source.')
    expect(pre!.children[0]!.value).toBe('keep\nthis')
    expect(file.data.htmlBlocks!.map((d) => html.slice(d.start, d.end))).toEqual(['One line\nwrapped\n  in the source.', 'keep\nthis'])
  })

  it('can turn a rule on markup off', () => {
    const {text, blocks} = htmlToText(page)
    const digestWith = (rules: Record<string, boolean>) => {
      const file = new VFile(text)
      file.data.htmlBlocks = blocks
      const processor = unified().use(retextArticleEnglish).use(retextArticleBoilerplate, {rules})
      processor.runSync(processor.parse(file), file)
      return file.data.boilerplate!.map((d) => d.rule)
    }

    expect(digestWith({})).toContain('html-navigation')
    expect(digestWith({'html-navigation': false})).not.toContain('html-navigation')
    expect(() => digestWith({'html-nope': false})).toThrow(/unknown rule `html-nope`/)
  })
})
