/**
 * What a headline and a dek (standfirst) look like.
 */

import {looksLikeTitle, wordCount} from '../page/story/head.js'

export {wordCount} from '../page/story/head.js'

/**
 * A headline is a short line that does not end like a sentence (a question
 * or exclamation is fine) and starts with a capital or a digit. The story
 * locator knows the shape too (it keeps a story’s head), so it lives there.
 * A line in Title Case may end with a full stop, as archives write titles
 * (`Ferry Line Wins Its Court Fight.`).
 */
export function looksLikeHeadline(text: string): boolean {
  return looksLikeTitle(text) || (text.endsWith('.') && isTitleCase(text.slice(0, -1)) && looksLikeTitle(text.slice(0, -1)))
}

const longWord = /[\p{L}’'-]{4,}/gu
const capitalStart = /^\p{Lu}/u

/** Whether every word of four letters or more starts with a capital, and there are at least three. */
function isTitleCase(text: string): boolean {
  const words = text.match(longWord) ?? []
  return words.length >= 3 && words.every((word) => capitalStart.test(word))
}

/** A dek is one or two sentences, shorter than most story paragraphs. */
export function looksLikeDek(text: string): boolean {
  const words = wordCount(text)
  return words >= 4 && words <= 45 && text.length <= 320 && /^[\p{Lu}\p{N}"'\u2018\u201C]/u.test(text)
}
