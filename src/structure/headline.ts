/**
 * What a headline and a dek (standfirst) look like.
 */

import {looksLikeTitle, wordCount} from '../boilerplate/story/head.js'

export {wordCount} from '../boilerplate/story/head.js'

/**
 * A headline is a short line that does not end like a sentence (a question
 * or exclamation is fine) and starts with a capital or a digit. The story
 * locator knows the shape too (it keeps a story’s head), so it lives there.
 */
export function looksLikeHeadline(text: string): boolean {
  return looksLikeTitle(text)
}

/** A dek is one or two sentences, shorter than most story paragraphs. */
export function looksLikeDek(text: string): boolean {
  const words = wordCount(text)
  return words >= 4 && words <= 45 && text.length <= 320 && /^[\p{Lu}\p{N}"'\u2018\u201C]/u.test(text)
}
