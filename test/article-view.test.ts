/**
 * The article view's sentence readings: made once per sentence node, shared
 * by the plugins that read them, and never stale.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {paragraphShouting, paragraphTextOf} from '../src/article/paragraph-reading.js'
import {sentenceTextOf, sentenceTokens, tokenNameRuns} from '../src/article/sentence-reading.js'
import {retextArticleEntities} from '../src/entities/index.js'
import {lexemeOf} from '../src/lexicon/lexeme.js'
import {contentStemOf} from '../src/lexicon/terms.js'
import {nameRuns} from '../src/nlcst/names.js'
import {textOf} from '../src/nlcst/paragraphs.js'
import {isShoutingParagraph, tokensOf} from '../src/nlcst/tokens.js'
import {retextArticleEnglish} from '../src/parser/index.js'
import {retextArticleQuotes} from '../src/quotes/index.js'
import {run} from './helpers.js'

// An invented story.
const story = [
  'Mayor Ana Ruiz opened the Harbour Bridge in Portwell on Friday.',
  '“It took nine years,” Ruiz said, standing beside engineer Paul Okoro.'
].join('\n')

function firstParagraph(tree: Root): Paragraph {
  return tree.children.find((child): child is Paragraph => child.type === 'ParagraphNode')!
}

function firstSentence(tree: Root): Sentence {
  const paragraph = firstParagraph(tree)
  return paragraph.children.find((child): child is Sentence => child.type === 'SentenceNode')!
}

describe('article view: sentence readings', () => {
  it('gives the tokens and name runs that tokensOf and nameRuns give, once per node', () => {
    const tree = unified().use(retextArticleEnglish).parse(story) as Root
    const sentence = firstSentence(tree)
    const tokens = sentenceTokens(sentence)
    expect(tokens).toEqual(tokensOf(sentence))
    expect(tokens.map((token) => token.value).slice(0, 5)).toEqual(['Mayor', ' ', 'Ana', ' ', 'Ruiz'])
    expect(sentenceTokens(sentence)).toBe(tokens)
    const runs = tokenNameRuns(tokens)
    expect(runs).toEqual(nameRuns(tokens))
    expect(runs.map((item) => item.text)).toContain('Ana Ruiz')
    expect(tokenNameRuns(tokens)).toBe(runs)
  })

  it('gives each word token its lexeme and content stem, once for all the analyses', () => {
    const tree = unified().use(retextArticleEnglish).parse(story) as Root
    const tokens = sentenceTokens(firstSentence(tree))
    const words = tokens.filter((token) => token.kind === 'word')
    expect(words.map((token) => token.value)).toContain('opened')
    for (const token of words) {
      expect(token.lexeme).toEqual(lexemeOf(token.value))
      expect(token.stem).toBe(contentStemOf(token.value))
    }

    expect(words.find((token) => token.value === 'opened')?.stem).toBe('open')
    expect(words.find((token) => token.value === 'the')?.stem).toBe('')
    expect(words.find((token) => token.value === 'Bridge')?.lexeme?.base).toBe('bridge')
    for (const token of tokens.filter((token) => token.kind !== 'word')) {
      expect(token.lexeme).toBeUndefined()
      expect(token.stem).toBe('')
    }
  })

  it('reads a sentence again when its children changed', () => {
    const tree = unified().use(retextArticleEnglish).parse(story) as Root
    const sentence = firstSentence(tree)
    const before = sentenceTokens(sentence)
    sentence.children = sentence.children.slice(0, 5)
    const after = sentenceTokens(sentence)
    expect(after).not.toBe(before)
    expect(after.map((token) => token.value)).toEqual(['Mayor', ' ', 'Ana', ' ', 'Ruiz'])
    sentence.children.pop()
    expect(sentenceTokens(sentence).map((token) => token.value)).toEqual(['Mayor', ' ', 'Ana', ' '])
  })

  it('leaves entities and quotes as each plugin finds them alone', () => {
    const alone = {
      entities: run(story, [retextArticleEntities]).file.data.entities,
      quotes: run(story, [retextArticleQuotes]).file.data.quotes
    }
    const together = run(story, [retextArticleEntities, retextArticleQuotes]).file.data
    expect(alone.entities?.people.map((person) => person.name)).toContain('Ana Ruiz')
    expect(alone.quotes?.map((quote) => quote.speaker)).toEqual(['Ana Ruiz'])
    expect(together.entities).toEqual(alone.entities)
    expect(together.quotes).toEqual(alone.quotes)
  })

  it('gives a paragraph’s text and shouting once per node, read again when its children change', () => {
    const input = 'TOWN VOTES ON BRIDGE\n' + story
    const tree = unified().use(retextArticleEnglish).parse(input) as Root
    const paragraph = firstParagraph(tree)
    const text = paragraphTextOf(paragraph, input)
    expect(text).toBe('TOWN VOTES ON BRIDGE')
    expect(text).toBe(textOf(paragraph))
    const sentences = paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode').map(sentenceTokens)
    expect(paragraphShouting(paragraph, sentences, 0)).toBe(true)
    expect(paragraphShouting(paragraph, sentences, 0)).toBe(isShoutingParagraph(paragraph, sentences, 0))
    // Another index is asked afresh: a paragraph in capitals shouts wherever it is.
    expect(paragraphShouting(paragraph, sentences, 5)).toBe(isShoutingParagraph(paragraph, sentences, 5))
    paragraph.children = paragraph.children.slice(0, 1)
    const sentence = paragraph.children[0] as Sentence
    sentence.children = sentence.children.slice(0, 1)
    expect(paragraphTextOf(paragraph, input)).toBe('TOWN')
  })

  it('gives a sentence’s text once per node, read again when its children change', () => {
    const tree = unified().use(retextArticleEnglish).parse(story) as Root
    const sentence = firstSentence(tree)
    const text = sentenceTextOf(sentence, story)
    expect(text).toBe('Mayor Ana Ruiz opened the Harbour Bridge in Portwell on Friday.')
    expect(text).toBe(textOf(sentence))
    sentence.children = sentence.children.slice(0, 3)
    expect(sentenceTextOf(sentence, story)).toBe('Mayor Ana')
  })
})
