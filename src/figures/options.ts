/**
 * The options of `retextArticleFigures`, declared once: kinds, bounds, defaults and
 * older names, read by its check, by `digest()` and by the README test.
 */
import type {OptionSchema} from '../options.js'

/** The declaration of `retextArticleFigures`’s options: kinds, bounds, defaults. */
export const figuresOptionSchema = {
  bareNumbers: {kind: 'boolean', default: false},
  referenceDate: {kind: 'string'}
} as const satisfies OptionSchema
