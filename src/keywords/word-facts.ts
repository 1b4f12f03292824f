/**
 * What the engine asks of a written word whatever its context, worked out
 * once per lexeme (and forgotten with it).
 */
import {closedClass} from '../lexicon/closed-class.js'
import {personRoles, personTitles} from '../lexicon/titles.js'
import {generalNouns, vagueNouns} from '../lexicon/vague-nouns.js'
import type {Lexeme} from '../lexicon/lexeme.js'

/** Facts about a written word. */
export interface WordFacts {
  /**
   * Whether it may sit in a phrase: `never` (no letter, a day, a function
   * word), `noun` (a stopword the tagger may still take for a noun: `a
   * diamond mine`), or `any`.
   */
  phrase: 'never' | 'noun' | 'any'
  /** A point of the compass in lower case: it describes where, and ends no phrase (`the fire north of …`). */
  direction: boolean
  /** Whether it may be a keyword, its tag allowing: not a stopword, not frequent, not one letter, not an abbreviated title (`Rep.`). */
  keyword: boolean
  /** Whether it says little on its own whatever its case: a day, a point of the compass, a vague noun (`Sunday`, `North`, `year`). */
  generic: boolean
  /** A noun that names a kind of thing every story has (`company`, `operator`): no keyphrase alone, where its capital says nothing (see `isCommon`). */
  general: boolean
  /** A role (`mayor`, `spokesman`): a person in general, no keyphrase alone where its capital says nothing. */
  role: boolean
}

const letter = /\p{L}/u
// Days that date an event, not what it is about (`Transportation Secretary Andrew Card yesterday`).
const dayWords = new Set('yesterday today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday'.split(' '))
// Adverbs of time the light tagger may take for nouns: they end a clause, not a phrase (`arrived in Tessel overnight`).
const timeAdverbs = new Set('overnight meanwhile nowadays afterwards afterward beforehand ago'.split(' '))
const directions = new Set('north south east west northeast northwest southeast southwest northern southern eastern western central'.split(' '))
const known = new WeakMap<Lexeme, WordFacts>()

/** The facts about a lexeme. */
export function factsOf(lexeme: Lexeme): WordFacts {
  let facts = known.get(lexeme)
  if (facts === undefined) {
    const abbreviated = lexeme.lower.endsWith('.')
    const lower = abbreviated ? lexeme.lower.slice(0, -1) : lexeme.lower
    const lettered = letter.test(lower)
    const common = closedClass.has(lower)
    facts = {
      phrase: !lettered || dayWords.has(lower) || timeAdverbs.has(lower) || (lexeme.stop && common) ? 'never' : lexeme.stop ? 'noun' : 'any',
      direction: directions.has(lexeme.bare),
      generic: dayWords.has(lower) || directions.has(lower) || vagueNouns.has(lower),
      general: generalNouns.has(lower),
      role: personRoles.has(lower),
      keyword: lettered && !lexeme.stop && !common && lower.length > 1 && !(abbreviated && personTitles.has(lower))
    }
    known.set(lexeme, facts)
  }

  return facts
}
