/**
 * The plugins behind other parsers and next to other retext plugins: HTML
 * through rehype-retext, Markdown through remark-retext, and beside
 * retext-readability and retext-spell.
 */
import dictionaryEn from 'dictionary-en'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import retextSpell from 'retext-spell'
import type {PluggableList} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  retextArticleBoilerplate,
  retextArticleEnglish,
  retextArticleEntities,
  retextArticleKeywords,
  retextArticleQuotes,
  retextArticleStructure,
  retextArticleSummary
} from '../src/index.js'

const story = [
  'The river authority closed the old ferry crossing on Friday after engineers found cracks in the landing.',
  '“We cannot take risks with passengers,” said Hana Sato, the authority’s chief engineer.',
  'A temporary bus service will run until the landing is repaired, the river authority said.'
]

const retextChain: PluggableList = [
  retextArticleStructure,
  retextArticleBoilerplate,
  retextArticleKeywords,
  [retextArticleSummary, {summarySentences: 2}],
  retextArticleEntities,
  retextArticleQuotes
]

describe('behind rehype-retext (HTML in)', () => {
  it('finds structure, strips boilerplate and digests the story', async () => {
    const html = `<h1>Ferry Crossing Closed After Cracks Found</h1><p>By Lena Park</p>${story.map((d) => `<p>${d}</p>`).join('')}<p>Advertisement</p><p>Share this article</p>`
    // rehype-retext in bridge mode runs the retext chain on the same file.
    const input = new VFile(html)
    const processor = unified().use(rehypeParse, {fragment: true}).use(rehypeRetext, unified().use(retextEnglish).use(retextChain))
    await processor.run(processor.parse(input), input)
    expect(input.data.article?.headline?.text).toBe('Ferry Crossing Closed After Cracks Found')
    expect(input.data.article?.byline.authors).toEqual(['Lena Park'])
    expect(input.data.boilerplate?.map((d) => d.rule)).toEqual(['advertisement', 'share-bar'])
    expect(input.data.summary).toHaveLength(2)
    expect(input.data.quotes?.[0]?.speaker).toBe('Hana Sato')
    expect(input.data.entities?.people.map((d) => d.name)).toContain('Hana Sato')
  })
})

describe('behind remark-retext (Markdown in)', () => {
  it('finds structure and digests the story', async () => {
    const markdown = `# Ferry Crossing Closed After Cracks Found\n\nBy Lena Park\n\n${story.join('\n\n')}\n\nAdvertisement\n`
    const input = new VFile(markdown)
    const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(retextChain))
    await processor.run(processor.parse(input), input)
    expect(input.data.article?.headline?.text).toBe('Ferry Crossing Closed After Cracks Found')
    expect(input.data.boilerplate?.map((d) => d.rule)).toEqual(['advertisement'])
    expect(input.data.summary?.[0]?.text).toBe(story[0])
    expect(input.data.topics?.keywords.length).toBeGreaterThan(0)
  })
})

describe('next to other retext plugins', () => {
  it('shares the tree and the file with retext-readability and retext-spell', async () => {
    const text = ['Ferry Crossing Closed After Cracks Found', ...story, 'Advertisement', 'The ferrry will return.'].join('\n')
    const file = new VFile(text)
    const processor = unified()
      .use(retextArticleEnglish)
      .use(retextArticleStructure)
      .use(retextArticleBoilerplate)
      .use(retextReadability, {age: 12})
      .use(retextSpell, {dictionary: dictionaryEn})
      .use(retextArticleSummary)
    await processor.run(processor.parse(file), file)
    const sources = new Set(file.messages.map((d) => d.source))
    expect(sources).toEqual(new Set(['retext-article', 'retext-readability', 'retext-spell']))
    expect(file.messages.filter((d) => d.source === 'retext-spell').map((d) => d.actual)).toContain('ferrry')
    expect(file.data.summary?.length).toBeGreaterThan(0)
  })
})
