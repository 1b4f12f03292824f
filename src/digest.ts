/**
 * `digest(text)`: the whole pipeline in one call, for people who do not use
 * unified themselves. (Implementation in progress.)
 */
import type {Digest} from './types.js'

/** Options of `digest()`. */
export interface DigestOptions {
  /** Sentences in the summary (default `3`). */
  summarySentences?: number | null | undefined
  /** Keywords to return (default `10`). */
  keywords?: number | null | undefined
  /** Keyphrases to return (default `10`). */
  keyphrases?: number | null | undefined
  /** Boilerplate handling: `'remove'` (default) or `'mark'`. */
  boilerplate?: 'remove' | 'mark' | null | undefined
}

/**
 * Digest a news article given as plain text.
 *
 * @throws {TypeError} When `text` is not a string or an option is wrong.
 */
export function digest(text: string, options?: DigestOptions | null): Digest {
  if (typeof text !== 'string') throw new TypeError('digest: expected `text` to be a string')
  void options
  throw new Error('not yet implemented')
}
