/**
 * Plugin: the whole article pipeline as one plugin (use after a parser):
 * structure, boilerplate, keywords, summary, entities, quotes, figures, and
 * the digest in `file.data.digest`.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {retextArticleBoilerplate} from './boilerplate/index.js'
import type {BoilerplateOptions} from './boilerplate/index.js'
import {retextArticleDigest} from './compile-digest.js'
import {retextArticleEntities} from './entities/index.js'
import type {EntitiesOptions} from './entities/index.js'
import {retextArticleFigures} from './figures/index.js'
import type {FiguresOptions} from './figures/index.js'
import {retextArticleKeywords} from './keywords/index.js'
import type {KeywordsOptions} from './keywords/index.js'
import {checkOptions, type OptionSchema} from './options.js'
import {retextArticleQuotes} from './quotes/index.js'
import type {QuotesOptions} from './quotes/index.js'
import {retextArticleStructure} from './structure/index.js'
import type {StructureOptions} from './structure/index.js'
import {retextArticleSummary} from './summary/index.js'
import type {SummaryOptions} from './summary/index.js'

/** Options of `retextArticle`: each plugin’s options under its name. */
export interface Options {
  structure?: StructureOptions | null | undefined
  boilerplate?: BoilerplateOptions | null | undefined
  keywords?: KeywordsOptions | null | undefined
  summary?: SummaryOptions | null | undefined
  entities?: EntitiesOptions | null | undefined
  quotes?: QuotesOptions | null | undefined
  figures?: FiguresOptions | null | undefined
}

export type {Options as ArticleOptions}

/** The declaration of `retextArticle`’s options: one object for each plugin (also `digest()`’s `plugins`). */
export const articleOptionSchema: OptionSchema = {
  structure: 'object',
  boilerplate: 'object',
  keywords: 'object',
  summary: 'object',
  entities: 'object',
  quotes: 'object',
  figures: 'object'
}

/**
 * Read an article: every plugin of this package, in order, then the digest.
 */
export const retextArticle: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  const settings = checkOptions('retextArticle', options, articleOptionSchema)

  // Structure first: the boilerplate rules must not take the byline or the
  // headline; the rest read only what boilerplate left of the story.
  this.use(retextArticleStructure, settings.structure)
    .use(retextArticleBoilerplate, settings.boilerplate)
    .use(retextArticleKeywords, settings.keywords)
    .use(retextArticleSummary, settings.summary)
    .use(retextArticleEntities, settings.entities)
    .use(retextArticleQuotes, settings.quotes)
    .use(retextArticleFigures, settings.figures)
    .use(retextArticleDigest)
}
