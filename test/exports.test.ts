import {describe, expect, it} from 'vitest'
import * as mod from '../src/index.js'

describe('public surface', () => {
  it('exports these names and no default', () => {
    expect(Object.keys(mod).sort()).toEqual([
      'boilerplateRules',
      'digest',
      'matchBoilerplate',
      'retextArticle',
      'retextArticleBoilerplate',
      'retextArticleDigest',
      'retextArticleEnglish',
      'retextArticleEntities',
      'retextArticleFigures',
      'retextArticleKeywords',
      'retextArticleQuotes',
      'retextArticleStructure',
      'retextArticleSummary',
      'retextArticleTagger'
    ])
  })

  it('has one subpath per plugin', async () => {
    const subpaths = {
      parser: ['defaultMaxLength', 'parseLines', 'retextArticleEnglish'],
      structure: ['retextArticleStructure'],
      summary: ['retextArticleSummary'],
      tagger: ['retextArticleTagger'],
      keywords: ['retextArticleKeywords'],
      entities: ['retextArticleEntities'],
      quotes: ['retextArticleQuotes'],
      figures: ['retextArticleFigures']
    }
    for (const [name, expected] of Object.entries(subpaths)) {
      const sub = (await import(`../src/${name}/index.ts`)) as Record<string, unknown>
      expect(Object.keys(sub).sort(), name).toEqual(expected)
    }

    const boilerplate = (await import('../src/boilerplate/index.js')) as Record<string, unknown>
    expect(Object.keys(boilerplate)).toContain('retextArticleBoilerplate')

    // The retext-pos engine has its own subpath: nothing else loads its lexicon.
    const keywordsPos = (await import('../src/keywords/pos.js')) as Record<string, unknown>
    expect(Object.keys(keywordsPos)).toEqual(['retextArticleKeywordsPos'])

    // HTML input has its own subpath: the main entry carries no HTML parser.
    const html = (await import('../src/html/index.js')) as Record<string, unknown>
    expect(Object.keys(html).sort()).toEqual(['digestHtml', 'htmlToText', 'readPageMeta', 'rehypeArticleBlocks', 'storyHast'])
  })
})
