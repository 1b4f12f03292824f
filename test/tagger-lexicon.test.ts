import {describe, expect, it} from 'vitest'
import {keyOf} from '../src/lexicon/keys.js'
import {memoize} from '../src/lexicon/memo.js'
import {guessTag} from '../src/lexicon/suffixes.js'
import {lexemeOf} from '../src/lexicon/lexeme.js'

describe('guessTag', () => {
  it('reads a word’s ending, and knows the words that break each rule', () => {
    const words = 'quickly family elderly rebuilding thing swing meetings wrecked speed sacred proceed happiest official famous organizes piers crisis news destruction modernize coastal nation storm-battered long-term'
    expect(Object.fromEntries(words.split(' ').map((word) => [word, guessTag(word)]))).toEqual({
      quickly: 'RB',
      family: 'NN',
      elderly: 'JJ',
      rebuilding: 'VBG',
      thing: 'NN',
      swing: 'NN',
      meetings: 'NNS',
      wrecked: 'VBD',
      speed: 'NN',
      sacred: 'JJ',
      proceed: 'VB',
      happiest: 'JJS',
      official: 'NN',
      famous: 'JJ',
      organizes: 'VBZ',
      piers: 'NNS',
      crisis: 'NN',
      news: 'NN',
      destruction: 'NN',
      modernize: 'VB',
      coastal: 'JJ',
      nation: 'NN',
      'storm-battered': 'JJ',
      'long-term': 'NN'
    })
  })
})

describe('lexemeOf', () => {
  it('says what a written word is on its own', () => {
    expect(lexemeOf('Council’s')).toEqual({
      base: 'council',
      listed: undefined,
      guessed: 'NN',
      capitalised: true,
      lowered: false,
      place: false,
      shouted: false,
      possessive: true,
      bare: 'Council',
      lower: 'council',
      key: 'council',
      stop: false
    })
    expect(lexemeOf('NATO')).toMatchObject({shouted: true, place: false})
    expect(lexemeOf('France')).toMatchObject({place: true, guessed: 'NN'})
    expect(lexemeOf('said')).toMatchObject({listed: 'VBD', stop: true})
    expect(lexemeOf('4,000')).toMatchObject({guessed: 'CD'})
  })
})

describe('keyOf', () => {
  it('stems each part, without apostrophes', () => {
    expect(['Claims', 'storm-related', 'U.S.', "Bush's", '2026'].map(keyOf)).toEqual(['claim', 'storm relat', 'u s', 'bush', '2026'])
  })
})

describe('memoize', () => {
  it('computes a word once while it is remembered, and forgets the oldest beyond its bound', () => {
    const seen: string[] = []
    const shout = memoize((word: string) => {
      seen.push(word)
      return {word: word.toUpperCase()}
    }, 2)
    expect(['a', 'b', 'a', 'c', 'a', 'd', 'e', 'b'].map((word) => shout(word).word).join('')).toBe('ABACADEB')
    // `a` is kept by use; `b` is forgotten after two generations without it.
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e', 'b'])
  })
})
