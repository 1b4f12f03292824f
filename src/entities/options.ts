/**
 * The options of `retextArticleEntities`, declared once: kinds, bounds, defaults and
 * older names, read by its check, by `digest()` and by the README test.
 */
import type {OptionSchema} from '../options.js'

/** The declaration of `retextArticleEntities`’s options: kinds, bounds, defaults, older names. */
export const entitiesOptionSchema = {
  maxEntities: {kind: 'integer', aliases: ['maximum']}
} as const satisfies OptionSchema
