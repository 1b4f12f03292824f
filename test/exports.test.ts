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
      'retextArticleSummary'
    ])
  })

  it('has one subpath per plugin', async () => {
    const subpaths = {
      parser: ['parseLines', 'retextArticleEnglish'],
      structure: ['retextArticleStructure'],
      summary: ['retextArticleSummary'],
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
  })
})
