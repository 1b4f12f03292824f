/**
 * Baselines that run the library’s own pipeline with another engine in
 * place of one plugin, in the same pass as `digest`.
 *
 * `retext-pos`: keywords and keyphrases by `retext-pos` + `retext-keywords`
 * (`retextArticleKeywordsPos`, the engine of 0.1.0) after the same parser,
 * structure and boilerplate plugins, asked for as many as `digest` is.
 */
import {unified} from 'unified'
import {VFile} from 'vfile'
import {retextArticleBoilerplate} from '../../src/boilerplate/index.js'
import {retextArticleKeywordsPos} from '../../src/keywords/pos.js'
import {retextArticleEnglish} from '../../src/parser/index.js'
import {retextArticleStructure} from '../../src/structure/index.js'

const posProcessor = unified()
  .use(retextArticleEnglish)
  .use(retextArticleStructure)
  .use(retextArticleBoilerplate)
  .use(retextArticleKeywordsPos, {maxKeywords: 15, maxKeyphrases: 15})

/** Keywords and keyphrases of `text` by `retext-pos` + `retext-keywords`; empty when the pipeline throws. */
export function posTopics(text: string): {keywords: string[]; keyphrases: string[]} {
  try {
    const file = new VFile(text)
    posProcessor.runSync(posProcessor.parse(file), file)
    const topics = file.data.topics ?? {keywords: [], keyphrases: []}
    return {keywords: topics.keywords.map((d) => d.word), keyphrases: topics.keyphrases.map((d) => d.phrase)}
  } catch {
    return {keywords: [], keyphrases: []}
  }
}
