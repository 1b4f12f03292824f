/**
 * What each plugin adds to a parse with the line parser.
 */
import type {Pluggable} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {
  retextArticleBoilerplate,
  retextArticleEnglish,
  retextArticleEntities,
  retextArticleFigures,
  retextArticleKeywords,
  retextArticleQuotes,
  retextArticleStructure,
  retextArticleSummary
} from '../../src/index.js'
import {fixed, time} from './time.js'

export function runPlugins(article: string): void {
  const plugins: Record<string, Pluggable> = {
    structure: retextArticleStructure,
    boilerplate: retextArticleBoilerplate,
    keywords: retextArticleKeywords,
    summary: retextArticleSummary,
    entities: retextArticleEntities,
    quotes: retextArticleQuotes,
    figures: retextArticleFigures
  }

  const parseOnly = unified().use(retextArticleEnglish)
  const parse = time(() => parseOnly.runSync(parseOnly.parse(article), new VFile(article)))
  console.log(`\n${'plugin'.padEnd(26)}${'ms added'.padStart(12)}${'× parse'.padStart(10)}`)
  for (const [name, plugin] of Object.entries(plugins)) {
    const processor = unified().use(retextArticleEnglish).use([plugin])
    const ms = time(() => {
      const file = new VFile(article)
      processor.runSync(processor.parse(file), file)
    })
    const added = Math.max(0, ms - parse)
    console.log(`${name.padEnd(26)}${fixed(added).padStart(12)}${(added / parse).toFixed(2).padStart(10)}`)
  }
}
