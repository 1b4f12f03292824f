/**
 * The options of `retextArticleBoilerplate`, declared once: kinds, bounds,
 * defaults, read by its check, by `digest()` and by the README test.
 */
import type {OptionSchema} from '../options.js'

/**
 * The declaration of `retextArticleBoilerplate`’s options: kinds, bounds,
 * defaults (`strictness` has two, see `defaultStrictness`).
 */
export const boilerplateOptionSchema = {
  mode: {kind: ['remove', 'mark'], default: 'remove'},
  rules: {kind: 'object', default: {}},
  patterns: {kind: 'array', default: []},
  locate: {kind: 'boolean', default: true},
  strictness: {kind: 'number', min: 0},
  minStoryWords: {kind: 'integer', default: 20},
  messages: {kind: 'boolean', default: true}
} as const satisfies OptionSchema
