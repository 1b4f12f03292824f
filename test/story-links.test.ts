/**
 * The `links` and `images` options: the story from a page keeps its links
 * (`[text](href)`, `<a href>`) and images (`![alt](src)`, `<img>`) when asked,
 * and nothing changes when not. Pages are invented.
 */
import {describe, expect, it} from 'vitest'
import {digest} from '../src/index.js'
import {parseCliArgs} from '../src/cli/args.js'
import {digestHtml} from '../src/html/index.js'
import {safeHref, safeSrc} from '../src/html/urls.js'
import type {StoryBlock} from '../src/types.js'

const page = `<!doctype html><html><body>
<header><a href="/"><img src="/logo.png" alt="Valley Post"></a></header>
<nav><a href="/news">News</a> <a href="/sport">Sport</a> <img src="/icons/search.png" alt="Search"></nav>
<article>
<h1>Mill Weir Comes Down After Ninety Years</h1>
<p>By Ada Lund</p>
<figure><img src="/img/weir.jpg" alt="The   old weir
at dawn"><figcaption>The old weir at dawn. Photo: Per Ek/Valley Post</figcaption></figure>
<p>The river trust removed the mill weir on the Lagan on Thursday, opening <a href="https://trust.example/reports/weir?year=(2026)">twenty kilometres of river</a> to salmon for the first time since <a href="javascript:alert(1)">1936</a>.</p>
<p>Work began in <a href="../news/june"><em>June</em> last year</a> and cost <strong><a href="report.html#cost">£2.1 million</a></strong>, the trust said, with <a href='data:text/html,hello'>grants</a> from <a href=" JaVa&#x09;ScRiPt:void(0)">the county</a> and <a href="#donors">local donors</a>. Divers cut the old timber frame into sections over the summer, and a crane lifted the last of the stone blocks out of the channel on Wednesday evening while a small crowd watched from the footbridge.</p>
<img src="data:image/png;base64,AAAA" alt="tracking pixel">
<img src="plan.png">
<img src="vbscript:msgbox" alt="bad">
<p>Anglers say the weir had blocked the run for generations, and counts of young fish will start in spring, <a href="mailto:counts@trust.example">the trust's volunteers</a> said.</p>
<h2>What comes <a href="/next">next</a></h2>
<p>A fish pass at the <a href="https://trust.example/maps?a=1&amp;b=[2]">upper mill</a> is planned for 2028, when the grant for the second stage is due.</p>
<aside><img src="/ads/boat.jpg" alt="Buy a boat"><p>Sponsored: boats for sale in the valley.</p></aside>
</article>
<footer><img src="/footer-logo.png" alt="Valley Post"><p>© 2026 Valley Post</p></footer>
</body></html>`

function storyOf(options: {links?: boolean; images?: boolean}) {
  const result = digestHtml(page, {story: true, ...options})
  return result.story!
}

describe('the links option', () => {
  it('keeps safe links as Markdown links, drops unsafe targets and keeps their text', () => {
    const {markdown} = storyOf({links: true})
    expect(markdown).toContain('opening [twenty kilometres of river](https://trust.example/reports/weir?year=%282026%29) to salmon')
    // javascript:, data: and an obfuscated javascript: target: the words stay, the link goes.
    expect(markdown).toContain('for the first time since 1936.')
    expect(markdown).toContain('with grants from the county and')
    // An in-page anchor is no link outside the page.
    expect(markdown).toContain('and local donors.')
    expect(markdown).not.toMatch(/javascript|data:|#donors/i)
  })

  it('keeps relative URLs as the page wrote them, and the text of nested inline markup', () => {
    const {markdown} = storyOf({links: true})
    expect(markdown).toContain('Work began in [June last year](../news/june) and cost [£2.1 million](report.html#cost), the trust said')
    expect(markdown).toContain('[the trust\'s volunteers](mailto:counts@trust.example) said.')
    expect(markdown).toContain('## What comes [next](/next)')
    // Markdown syntax in a URL is encoded, in link text escaped.
    expect(markdown).toContain('[upper mill](https://trust.example/maps?a=1&b=[2])')
  })

  it('gives each block its links with offsets into its text', () => {
    const blocks = storyOf({links: true}).blocks
    const withLinks = blocks.filter((block): block is Exclude<StoryBlock, {kind: 'image'}> => block.kind !== 'image' && block.links !== undefined)
    expect(withLinks.length).toBe(5)
    for (const block of withLinks) {
      for (const link of block.links!) expect(block.text.slice(link.start, link.end)).toBe(link.text)
    }

    expect(withLinks[1]!.links!.map((link) => [link.text, link.href])).toEqual([
      ['June last year', '../news/june'],
      ['£2.1 million', 'report.html#cost']
    ])
  })

  it('writes the links into the story’s HTML, escaped', () => {
    const {html} = storyOf({links: true})
    expect(html).toContain('<a href="https://trust.example/maps?a=1&amp;b=[2]">upper mill</a>')
    expect(html).toContain('<a href="../news/june">June last year</a>')
    expect(html).not.toMatch(/javascript|data:/i)
  })

  it('leaves navigation links out: they are not in the story', () => {
    const {markdown} = storyOf({links: true, images: true})
    expect(markdown).not.toContain('(/news)')
    expect(markdown).not.toContain('(/sport)')
  })
})

describe('the images option', () => {
  it('keeps the story’s images with safe sources, alt text collapsed or empty', () => {
    const {markdown, blocks} = storyOf({images: true})
    const images = blocks.filter((block) => block.kind === 'image')
    expect(images).toEqual([
      {kind: 'image', alt: 'The old weir at dawn', src: '/img/weir.jpg'},
      {kind: 'image', alt: '', src: 'plan.png'}
    ])
    expect(markdown).toContain('![The old weir at dawn](/img/weir.jpg)\n\nThe river trust removed')
    expect(markdown).toContain('![](plan.png)\n\nAnglers say')
    // Logos, navigation, asides and footers are furniture; data: and vbscript: are dropped.
    expect(markdown).not.toMatch(/logo|search\.png|boat\.jpg|data:|vbscript/i)
  })

  it('writes images into the story’s HTML and leaves them out of its plain text', () => {
    const story = storyOf({images: true})
    expect(story.html).toContain('<p><img src="/img/weir.jpg" alt="The old weir at dawn"></p>')
    expect(story.text).not.toContain('weir.jpg')
    expect(story.text).toContain('The river trust removed the mill weir')
  })

  it('escapes Markdown in alt text', () => {
    const result = digestHtml(
      '<article><h1>Bridge Reopens</h1><p>The old bridge over the Tarn reopened on Monday after a year of repairs to its three arches.</p>' +
        '<img src="/a b.png" alt="Arch [1] *before*"><p>Traffic will be limited to one lane until the spring, the council said in a statement.</p></article>',
      {story: true, images: true}
    )
    expect(result.story!.markdown).toContain('![Arch \\[1\\] \\*before\\*](/a%20b.png)')
  })
})

describe('without the options', () => {
  it('keeps no links and no images, as before', () => {
    const plain = storyOf({})
    expect(plain.markdown).not.toMatch(/\]\(/)
    expect(plain.blocks.some((block) => block.kind === 'image')).toBe(false)
    expect(plain.blocks.some((block) => 'links' in block)).toBe(false)
    expect(plain.markdown).toContain('opening twenty kilometres of river to salmon')
  })

  it('digests the page the same with and without them, bar the story', () => {
    const {story: without, ...rest} = digestHtml(page, {story: true})
    const {story: withThem, ...restWith} = digestHtml(page, {story: true, links: true, images: true})
    expect(restWith).toEqual(rest)
    expect(withThem!.text).toBe(without!.text)
  })

  it('changes nothing for plain text', () => {
    const text = 'Weir Comes Down\n\nThe river trust removed the mill weir on Thursday, see https://trust.example/weir for the report.'
    expect(digest(text, {story: true, links: true, images: true})).toEqual(digest(text, {story: true}))
  })

  it('checks them as booleans', () => {
    expect(() => digestHtml(page, {links: 'yes' as unknown as boolean})).toThrow(TypeError)
    expect(() => digest('A story.', {images: 1 as unknown as boolean})).toThrow(/images/)
  })
})

describe('hostile pages', () => {
  it('keeps at most 1000 links of a block, and a link around blocks keeps only its text', () => {
    const many = Array.from({length: 3000}, (_, index) => `<a href="/w/${index}">word${index}</a>`).join(' ')
    const result = digestHtml(
      `<article><h1>Long List Printed</h1><p>The archive printed its index today.</p><p>${many}</p>` +
        '<a href="/whole"><p>A paragraph wrapped in a link, as some teaser cards are, with a few more words in it.</p></a></article>',
      {story: true, links: true, boilerplate: 'mark'}
    )
    const counts = result.story!.blocks.map((block) => (block.kind === 'image' ? 0 : (block.links?.length ?? 0)))
    expect(Math.max(...counts)).toBe(1000)
    expect(result.story!.markdown).not.toContain('(/whole)')
  })

  it('reads a link inside a link as part of the outer one', () => {
    const result = digestHtml(
      '<article><h1>Ferry Timetable Changes</h1><p>The operator published <a href="/outer">a new <a href="/inner">timetable</a> for winter</a> on Monday, with two fewer sailings on Sundays and an earlier last boat.</p></article>',
      {story: true, links: true}
    )
    expect(result.story!.markdown).toContain('(/outer)')
    expect(result.story!.markdown).not.toContain('(/inner)')
  })
})

describe('the URL policy', () => {
  it('keeps http(s), mailto, tel and relative links; drops the rest', () => {
    expect(safeHref('https://a.example/x')).toBe('https://a.example/x')
    expect(safeHref('/x y')).toBe('/x%20y')
    expect(safeHref('//cdn.example/x')).toBe('//cdn.example/x')
    expect(safeHref('tel:+441234')).toBe('tel:+441234')
    expect(safeHref(' java\nscript:alert(1)')).toBeUndefined()
    expect(safeHref('\u0001javascript:alert(1)')).toBeUndefined()
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeUndefined()
    expect(safeHref('data:text/html,x')).toBeUndefined()
    expect(safeHref('#top')).toBeUndefined()
    expect(safeHref('')).toBeUndefined()
    expect(safeHref(undefined)).toBeUndefined()
    expect(safeHref('https://a.example/' + 'x'.repeat(5000))).toBeUndefined()
  })

  it('keeps http(s) and relative image sources only', () => {
    expect(safeSrc('img/a.jpg')).toBe('img/a.jpg')
    expect(safeSrc('https://a.example/a.jpg')).toBe('https://a.example/a.jpg')
    expect(safeSrc('mailto:a@b.example')).toBeUndefined()
    expect(safeSrc('data:image/png;base64,AA')).toBeUndefined()
  })
})

describe('the CLI flags', () => {
  it('--links and --images set the options, and the story they live in', () => {
    expect(parseCliArgs(['--links', 'page.html']).options).toEqual({links: true, story: true})
    expect(parseCliArgs(['--images', '--format', 'markdown', 'page.html']).options).toEqual({images: true, story: true})
    expect(parseCliArgs(['page.html']).options).toEqual({})
  })
})
