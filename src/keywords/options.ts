/**
 * The options of `retextArticleKeywords` and `retextArticleKeywordsPos`,
 * declared once: kinds, bounds, defaults and older names, read by their
 * checks, by `digest()` and by the README test, without the engine of
 * either.
 */
import type {OptionSchema} from '../options.js'

/** The limits, which both plugins take. */
export const keywordLimitSchema = {
  maximum: {kind: 'integer', default: 10},
  keywords: {kind: 'integer', aliases: ['maxKeywords']},
  keyphrases: {kind: 'integer', aliases: ['maxKeyphrases']}
} as const satisfies OptionSchema

/** The declaration of `retextArticleKeywords`’s options: kinds, bounds, defaults, older names. */
export const keywordsOptionSchema = {
  ...keywordLimitSchema,
  stopPhrases: {kind: 'array', default: []},
  allowPhrases: {kind: 'array', default: []},
  candidates: {kind: ['auto', 'tagged', 'neutral'], default: 'auto'}
} as const satisfies OptionSchema
