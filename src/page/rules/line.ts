/**
 * The view of a paragraph that boilerplate rules look at, and the small
 * helpers they share.
 *
 * Boilerplate is almost always a whole short line (“Advertisement”,
 * “Read more: …”, “Share on Facebook”), while story text is made of long
 * sentences that may mention the same words. So every rule sees the line’s
 * length, its word count and whether it reads as a sentence, and tests its
 * patterns against the whole line rather than looking for words inside it.
 */

/** One paragraph (one line of the input), as rules see it. */
export interface Line {
  /** Text without surrounding white space or leading bullets and arrows. */
  readonly text: string
  /** Number of white-space separated words. */
  readonly words: number
  /**
   * Whether the line reads as a sentence of story text: at least
   * `sentenceWords` words, ending in terminal punctuation (perhaps followed by
   * a closing quote or bracket).
   */
  readonly sentence: boolean
}

/** Fewest words of a line that reads as a sentence. */
export const sentenceWords = 8

// Bullets and arrows that sites put before links; never story text.
const leadingBullets = /^[\s•·▪▸►▶→»›*◆♦✓✔➤➔]+/
// Only the last few characters are tested, so this stays cheap on any line.
const terminal = /[.!?…]["'’”»)\]]*$/

/** Build the rule view of a paragraph’s text. */
export function toLine(value: string): Line {
  const text = value.trim().replace(leadingBullets, '')
  const words = countWords(text)
  return {text, words, sentence: words >= sentenceWords && terminal.test(text.slice(-6))}
}

/** Count white-space separated words in one pass (no array of words is built). */
function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x20_2f || code === 0x30_00
    if (space) {
      inWord = false
    } else if (!inWord) {
      inWord = true
      count++
    }
  }

  return count
}

/** Whether any of `patterns` matches `text`. */
export function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  for (const pattern of patterns) {
    if (pattern.test(text)) return true
  }

  return false
}

// Letters and digits: the words of a line for vocabulary tests.
const tokenPattern = /[\p{L}\p{N}]+/gu
const digits = /^\d+$/

/** Settings of `onlyVocabulary`. */
export interface VocabularyTest {
  /** Words (lower case) a line may be made of. */
  readonly words: ReadonlySet<string>
  /** Words (lower case) of which the line must hold at least one. */
  readonly strong: ReadonlySet<string>
  /** Whether runs of digits are allowed too (counts, dates, times). */
  readonly numbers?: boolean
  /** Most words a line may have. */
  readonly maxWords: number
}

/**
 * Whether `text` is made only of words from a closed vocabulary (share bars,
 * timestamps, footer links), with at least one strong word. A single story
 * word breaks the test, which is what makes it safe; the words are read one
 * by one, so a story line is given up at its first word that is not in it.
 */
export function onlyVocabulary(text: string, test: VocabularyTest): boolean {
  let strong = false
  let count = 0
  for (const [token] of text.toLowerCase().matchAll(tokenPattern)) {
    if (++count > test.maxWords) return false
    if (test.strong.has(token)) strong = true
    else if (!test.words.has(token) && !(test.numbers && digits.test(token))) return false
  }

  return strong
}

/** A set of lower-case words from a space-separated list. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(' '))
}
