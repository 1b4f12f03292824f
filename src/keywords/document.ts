/**
 * The story as the keyword engine sees it: the words of the headline, dek
 * and body in order (a dateline cut off, bylines and boilerplate left out),
 * each tagged, stemmed, and placed by sentence and paragraph role.
 */
import type {Paragraph, Root, Word} from 'nlcst'
import {paragraphsOf} from '../nlcst/paragraphs.js'
import type {Lexeme} from '../lexicon/lexeme.js'
import {readParagraphs, tagSentences, type ReadWord} from '../tagger/read.js'
import type {ParagraphRole} from '../types.js'
import {factsOf, type WordFacts} from './word-facts.js'

/** A word of the story: what the tagger read (`ReadWord`: node, lexeme, capitals) and what the engine adds. */
export interface StoryWord extends ReadWord {
  /**
   * Stems of its parts, joined by a space (`storm-related` → `storm relat`):
   * the unit of matching. Its lexeme’s, unless the candidates are
   * language-neutral. The written form without a possessive ending, its
   * lower case and the ending itself are the lexeme’s (`bare`, `lower`,
   * `possessive`).
   */
  key: string
  /** What the engine asks of its written form. */
  facts: WordFacts
  /** Penn tag: from an earlier tagger (`retext-pos`, `retextArticleTagger`) or the light tagger. */
  tag: string
  /** Whether its capital says nothing (first in a sentence, or a shouting paragraph). */
  caseless: boolean
  /** Index among the story’s sentences. */
  sentence: number
  /** Role of its paragraph (`headline`, `dek` or `body`). */
  role: ParagraphRole
  /** Index among the story’s words. */
  index: number
}

/** The story: its words in order and how many sentences they fall in. */
export interface Story {
  words: StoryWord[]
  sentences: number
}

/** Read the headline, dek and body of `tree`. */
export function readStory(tree: Root): Story {
  const paragraphs = storyParagraphs(tree)
  const sentences = readParagraphs(paragraphs, 0, makeStoryWord)
  const tags = tagSentences(sentences)
  const words: StoryWord[] = []

  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!
    const paragraph = paragraphs[sentence.paragraph]!
    const role = paragraph.data?.articleRole ?? 'body'
    const skipTo = paragraph.data?.datelineEnd ?? 0
    for (let position = 0; position < sentence.words.length; position++) {
      const word = sentence.words[position]!
      if (skipTo > 0 && (word.node.position?.start.offset ?? skipTo) < skipTo) continue
      const tag = word.node.data?.partOfSpeech ?? tags[index]![position]!
      word.joined &&= words.length > 0 && words[words.length - 1]!.sentence === index
      word.tag = tag
      word.caseless = word.initial || word.shouting
      word.sentence = index
      word.role = role
      word.index = words.length
      words.push(word)
    }
  }

  return {words, sentences: sentences.length}
}

/** A story word as read, its place to be filled in (one object a word, its fields all there from the start). */
function makeStoryWord(node: Word, value: string, lexeme: Lexeme, initial: boolean, joined: boolean): StoryWord {
  return {
    node,
    value,
    lexeme,
    initial,
    shouting: false,
    joined,
    key: lexeme.key,
    facts: factsOf(lexeme),
    tag: '',
    caseless: initial,
    sentence: 0,
    role: 'body',
    index: 0
  }
}

/** Headline, dek and body paragraphs: what the story is about. */
function storyParagraphs(tree: Root): Paragraph[] {
  return paragraphsOf(tree).filter(function (paragraph) {
    const role = paragraph.data?.articleRole
    return !paragraph.data?.boilerplate && role !== 'byline' && role !== 'signoff'
  })
}

/** Whether a word is written as a common noun: in lower case, or capitalised only where grammar asks (`Workers in…`). */
export function isCommon(word: StoryWord): boolean {
  return word.lexeme.lowered || word.caseless
}
