/**
 * The matching key of a word or phrase: lower case, apostrophes dropped,
 * each part Porter-stemmed (`Storm-related` → `storm relat`, `claims` →
 * `claim`), so that the forms of one word meet.
 */
import {stemmer} from 'stemmer'

const apostrophes = /['’‘`]/g
const wordParts = /[^\p{L}\p{N}]+/u
const onlyLetters = /^\p{L}+$/u

/** Key of `text`. */
export function keyOf(text: string): string {
  const lower = text.toLowerCase().replace(apostrophes, '')
  if (onlyLetters.test(lower)) return stemmer(lower)
  let key = ''
  for (const part of lower.split(wordParts)) {
    if (part) key += (key ? ' ' : '') + stemmer(part)
  }

  return key
}
