/**
 * The options of `retextArticleStructure`, declared once: kinds, bounds, defaults and
 * older names, read by its check, by `digest()` and by the README test.
 */
import type {OptionSchema} from '../options.js'

/** The declaration of `retextArticleStructure`’s options: kinds, bounds, defaults. */
export const structureOptionSchema = {
  headlineWindow: {kind: 'integer', default: 8},
  dek: {kind: 'boolean', default: true}
} as const satisfies OptionSchema
