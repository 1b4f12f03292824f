/**
 * A light part-of-speech tagger: Penn Treebank tags from closed-class word
 * lists, capitalisation and suffixes, then a few context rules. No lexicon
 * of open-class words: it tells the nouns that name a topic from the verbs
 * and function words around them, which is what keyphrases need, at a
 * fraction of the size and cost of a full tagger.
 */
import {isFunctionTag} from '../lexicon/closed-class.js'
import {applyContext} from './context.js'
import type {Lexeme} from '../lexicon/lexeme.js'

/** A word to tag. */
export interface TagInput {
  /** The word as written (`Hurricane`, `company’s`). */
  value: string
  /** Whether it opens a sentence (or a quote): a capital there says nothing, capitals (`US`) still do. */
  initial: boolean
  /** Whether its paragraph is in capitals or Title Case: no capital says anything. */
  shouting: boolean
  /** What the word says on its own (`lexemeOf(value)`). */
  lexeme: Lexeme
}

/** What the rest of the document says about a word’s capital, by lower-case form. */
export type CaseEvidence = (lower: string) => 'proper' | 'common' | undefined

/** Longest acronym believed first in a sentence without other evidence (`NATO`, not `SQUADS`). */
const acronymLength = 4

/** Penn Treebank tags of the words of one sentence, in order. */
export function tagWords(words: readonly TagInput[], evidence?: CaseEvidence): string[] {
  const tags: string[] = []
  for (const word of words) tags.push(lexicalTag(word, word.lexeme, evidence))
  // `Kim Jong Un toured …`: a capital first in a sentence, right before a name, starts it.
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index]!
    if (!word.initial || word.shouting || !word.lexeme.capitalised) continue
    const next = words[index + 1]!
    if (!isFunctionTag(tags[index]!) && next.lexeme.capitalised && !next.initial && !next.shouting) tags[index] = 'NNP'
  }

  applyContext(words, tags)
  return tags
}

/** Tag of a word on its own, before context: lists, capitals, then shape. */
function lexicalTag(word: TagInput, lexeme: Lexeme, evidence: CaseEvidence | undefined): string {
  const {base, listed} = lexeme
  if (lexeme.guessed === 'CD' || lexeme.guessed === 'SYM') return lexeme.guessed

  if (lexeme.capitalised && !word.shouting) {
    // An acronym may spell a function word (`US`, `WHO`) even first in a
    // sentence; a word the text also writes in lower case is only set in
    // capitals (`SQUADS of workers …`), as some papers open a story.
    if (lexeme.shouted && evidence?.(base) !== 'common') {
      if (!word.initial || word.value.length <= acronymLength) return 'NNP'
    }

    // Inside a sentence a capital names (`New Orleans`), but leaves function
    // words alone (`The Girl With …`).
    if (!word.initial && (listed === undefined || !isFunctionTag(listed))) return 'NNP'
  }

  if (listed !== undefined) return listed
  if (lexeme.place || (lexeme.capitalised && evidence?.(base) === 'proper')) return 'NNP'
  return lexeme.guessed
}
