/**
 * Compose the plugins yourself: parse, find the structure, strip boilerplate
 * (only marking it), and pick two key sentences, then report each removal as
 * unified does.
 */
import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import {reporter} from 'vfile-reporter'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {retextArticleBoilerplate, retextArticleStructure, retextArticleSummary} from 'retext-article'

const file = new VFile({path: 'article.txt', value: readFileSync(new URL('article.txt', import.meta.url), 'utf8')})
const processor = unified()
  .use(retextEnglish)
  .use(retextArticleStructure)
  .use(retextArticleBoilerplate, {mode: 'mark'})
  .use(retextArticleSummary, {summarySentences: 2})

processor.runSync(processor.parse(file), file)

console.log('Headline:', file.data.article?.headline?.text)
for (const sentence of file.data.summary ?? []) console.log('-', sentence.text)
console.log(reporter(file))
