/**
 * What a headline and a dek (standfirst) look like.
 */

const terminal = /[.:;,]["'\u201D\u2019)]?$/
const wordPattern = /\S+/g

/** Number of words in `text`. */
export function wordCount(text: string): number {
  return text.match(wordPattern)?.length ?? 0
}

/**
 * A headline is a short line that does not end like a sentence (a question
 * or exclamation is fine) and starts with a capital or a digit.
 */
export function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text)
  return (
    words >= 2 &&
    words <= 30 &&
    text.length <= 250 &&
    /^[\p{Lu}\p{N}"'\u2018\u201C]/u.test(text) &&
    !terminal.test(text) &&
    !/^by\s/i.test(text)
  )
}

/** A dek is one or two sentences, shorter than most story paragraphs. */
export function looksLikeDek(text: string): boolean {
  const words = wordCount(text)
  return words >= 4 && words <= 45 && text.length <= 320 && /^[\p{Lu}\p{N}"'\u2018\u201C]/u.test(text)
}
