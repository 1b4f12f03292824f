/**
 * Lines where capitals say nothing: headlines in Title Case and lines in ALL
 * CAPS. There every word looks like a name, so only names the article
 * writes elsewhere, and places the gazetteer knows, are taken from them.
 */
import {placeOf} from '../lexicon/gazetteer.js'
import {isStopword} from '../lexicon/stopwords.js'
import {normal, notNames} from '../lexicon/titles.js'
import {isAllCaps, isCapitalised, withoutPossessive, type Token} from '../nlcst/tokens.js'
import type {Span} from '../types.js'

/** A stretch of capitalised words found in a shouting line. */
export interface ShoutedName extends Span {
  text: string
  words: string[]
  /** Canonical place, when the gazetteer knows it. */
  place: string | undefined
}

const longestName = 6
const digit = /^\d/
const inlineSpace = /^[ \t\u00A0]+$/
const possessive = /['’]s$/i

/**
 * Longest stretches of capitalised words in a shouting sentence that `known`
 * accepts (or the gazetteer knows), scanning once from the left.
 */
export function shoutedNames(tokens: readonly Token[], known: (words: string[]) => boolean): ShoutedName[] {
  const found: ShoutedName[] = []
  for (const segment of segments(tokens)) {
    let index = 0
    while (index < segment.length) {
      let length = Math.min(longestName, segment.length - index)
      let match: ShoutedName | undefined
      while (length > 0 && !match) {
        match = matchAt(segment, index, length, known)
        if (!match) length--
      }

      if (match) {
        found.push(match)
        index += length
      } else {
        index++
      }
    }
  }

  return found
}

/**
 * The dateline opening a shouting line (`LONDON 1996-08-30`): capitals
 * followed by a date are where the story was filed.
 */
export function datelineOf(tokens: readonly Token[]): ShoutedName | undefined {
  const first = segments(tokens)[0]
  if (!first || first.length > 3 || first[0] !== tokens.find((token) => token.kind !== 'space')) return undefined
  const last = first[first.length - 1]!
  const next = tokens[tokens.indexOf(last) + 2]
  if (!next || !digit.test(next.value) || !first.every((token) => isAllCaps(token.value))) return undefined
  const words = first.map((token) => token.value)
  const text = words.join(' ')
  return {text, words, place: placeOf(text), start: first[0]!.start, end: last.end}
}

function matchAt(segment: Token[], index: number, length: number, known: (words: string[]) => boolean): ShoutedName | undefined {
  // A name does not end in a lone letter or initial (`B`, `B.`): in a line
  // of initials, nothing is looked up.
  if (isLoneInitial(segment[index + length - 1]!.value)) return undefined
  const tokens = segment.slice(index, index + length)
  const words = tokens.map((token) => withoutPossessive(token.value))
  if (length === 1 && (isStopword(words[0]!) || notNames.has(normal(words[0]!)))) return undefined
  const text = words.join(' ')
  const place = placeOf(text)
  if (place === undefined && !known(words)) return undefined
  const last = tokens[tokens.length - 1]!
  const end = last.end - (last.value.length - words[words.length - 1]!.length)
  return {text, words, place, start: tokens[0]!.start, end}
}

/** Whether `value` is one letter, or one and a full stop. */
function isLoneInitial(value: string): boolean {
  return value.length === 1 || (value.length === 2 && value.charCodeAt(1) === 46)
}

/** Runs of capitalised words joined by single spaces, cut after possessives. */
function segments(tokens: readonly Token[]): Token[][] {
  const result: Token[][] = []
  let current: Token[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    if (token.kind === 'word' && isCapitalised(token.value) && !digit.test(token.value)) {
      current.push(token)
      const joined = inlineSpace.test(tokens[index + 1]?.value ?? '') && tokens[index + 1]!.kind === 'space'
      if (!joined || possessive.test(token.value)) {
        result.push(current)
        current = []
      }

      index++
      continue
    }

    if (current.length > 0 && token.kind !== 'space') {
      result.push(current)
      current = []
    }

    index++
  }

  if (current.length > 0) result.push(current)
  return result
}
