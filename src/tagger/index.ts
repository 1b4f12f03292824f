/**
 * Plugin: a light part-of-speech tagger. Writes Penn Treebank tags on word
 * nodes as `data.partOfSpeech`, the field `retext-pos` fills, so plugins that
 * read it (`retext-keywords`, this package’s keywords) run without the half
 * megabyte lexicon `retext-pos` brings.
 */
import type {Root} from 'nlcst'
import {splitParagraphsAtLineBreaks} from '../nlcst/lines.js'
import {paragraphsOf} from '../nlcst/paragraphs.js'
import {readParagraphs, tagSentences} from './read.js'

/**
 * Tag every word of the tree with its part of speech.
 */
export function retextArticleTagger() {
  return function (tree: Root): undefined {
    splitParagraphsAtLineBreaks(tree)
    const sentences = readParagraphs(paragraphsOf(tree))
    const tags = tagSentences(sentences)
    for (const [index, sentence] of sentences.entries()) {
      for (const [position, word] of sentence.words.entries()) {
        const data = word.node.data ?? (word.node.data = {})
        data.partOfSpeech = tags[index]![position]!
      }
    }
  }
}
