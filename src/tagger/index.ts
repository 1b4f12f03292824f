/**
 * Plugin: a light part-of-speech tagger. Writes Penn Treebank tags on word
 * nodes as `data.partOfSpeech`, the field `retext-pos` fills, so plugins that
 * read it (`retext-keywords`, this package’s keywords) run without the half
 * megabyte lexicon `retext-pos` brings.
 */
import type {Root} from 'nlcst'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {paragraphsOf} from '../nlcst/paragraphs.js'
import {checkOptions} from '../options.js'
import {readParagraphs, tagSentences} from './read.js'

/** Options of `retextArticleTagger`: none yet (any key is an error). */
export type TaggerOptions = Readonly<Record<string, never>>

/**
 * Tag every word of the tree with its part of speech.
 *
 * @throws {TypeError} When `options` is given with any key: there are none.
 */
export function retextArticleTagger(options?: TaggerOptions | null) {
  checkOptions('retextArticleTagger', options, {})
  return function (tree: Root): undefined {
    splitParagraphsAtLineBreaks(tree)
    const sentences = readParagraphs(paragraphsOf(tree))
    const tags = tagSentences(sentences)
    for (let index = 0; index < sentences.length; index++) {
      const words = sentences[index]!.words
      const sentenceTags = tags[index]!
      for (let position = 0; position < words.length; position++) {
        const node = words[position]!.node
        const data = node.data ?? (node.data = {})
        data.partOfSpeech = sentenceTags[position]!
      }
    }
  }
}
