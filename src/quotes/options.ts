/**
 * The options of `retextArticleQuotes`, declared once: kinds, bounds, defaults and
 * older names, read by its check, by `digest()` and by the README test.
 */
import type {OptionSchema} from '../options.js'

/** The declaration of `retextArticleQuotes`’s options: kinds, bounds, defaults, older names. */
export const quotesOptionSchema = {
  minQuoteWords: {kind: 'integer', default: 1, aliases: ['minimumWords']}
} as const satisfies OptionSchema
