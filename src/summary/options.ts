/**
 * The options of `retextArticleSummary`, declared once: kinds, bounds, defaults and
 * older names, read by its check, by `digest()` and by the README test.
 */
import type {OptionSchema} from '../options.js'

/** The declaration of `retextArticleSummary`’s options: kinds, bounds, defaults, older names. */
export const summaryOptionSchema = {
  // The default count applies only when neither a budget nor a ratio is given.
  summarySentences: {kind: 'integer', default: 3, aliases: ['maxSentences']},
  summaryWords: {kind: 'integer', aliases: ['maxWords']},
  summaryRatio: {kind: 'number', above: 0, max: 1, aliases: ['ratio']},
  minSentenceWords: {kind: 'integer', default: 5, aliases: ['minWords']}
} as const satisfies OptionSchema
