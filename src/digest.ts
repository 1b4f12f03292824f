/**
 * `digest(text)`: the whole pipeline in one call, for people who do not use
 * unified themselves.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {checkReferenceDate} from './figures/reference-date.js'
import {checkOptions, deriveOptions} from './options.js'
import type {OptionSchema} from './options.js'
import {boilerplateOptionSchema} from './boilerplate/options.js'
import {figuresOptionSchema} from './figures/options.js'
import {keywordLimitSchema} from './keywords/options.js'
import {checkLength, defaultMaxLength, lineParser, parseLines, parserOptionSchema, retextArticleEnglish} from './parser/retext-article-english.js'
import {articleOptionSchema, retextArticle, type ArticleOptions} from './preset.js'
import {BlockList} from './sections/block-list.js'
import {cutSections, needsSections} from './sections/cut.js'
import {mergeDigests} from './sections/merge.js'
import {storyBlocks, storyMarkdown, storyOf, storyText} from './story/index.js'
import {summaryOptionSchema} from './summary/options.js'
import type {BlockEvidence, Digest, StoryBlock} from './types.js'

/** Options of `digest()`. */
export interface DigestOptions {
  /** Sentences in the summary (default `3`; no limit when `summaryWords` or `summaryRatio` is given). */
  summarySentences?: number | null | undefined
  /** Most words in the summary, a budget never exceeded (default: no limit). */
  summaryWords?: number | null | undefined
  /** Most summary sentences as a share of the body’s, rounded up, above 0 and at most 1 (default: no limit). */
  summaryRatio?: number | null | undefined
  /** Keywords to return (default `10`). */
  keywords?: number | null | undefined
  /** Keyphrases to return (default `10`). */
  keyphrases?: number | null | undefined
  /** `'remove'` (default) takes boilerplate out of `body`; `'mark'` only reports it. */
  mode?: 'remove' | 'mark' | null | undefined
  /** @deprecated The older name of `mode`. */
  boilerplate?: 'remove' | 'mark' | null | undefined
  /**
   * Longest input, in UTF-16 code units (default `20_000_000`); longer input
   * throws a `VFileMessage` (`ruleId` `'max-length'`).
   */
  maxLength?: number | null | undefined
  /**
   * Longest input digested in one piece, in UTF-16 code units (default
   * `125_000`, about 20,000 words: longer than any news story). Longer
   * input is cut at line breaks into sections of at most this length, each
   * digested on its own and the digests merged (see
   * `mergeDigests`), so that memory stays bounded: a tree takes about 80
   * bytes a character. Each line break and sentence end (`.`, `!`, `?`)
   * counts as 32 code units too (a tree holds nodes for each): a
   * section holds at most this length over 32 of them, and a tree of at
   * most 0.6 nodes a code unit, so input of short lines, one-letter words or
   * nested marks is cut into sections of bounded trees as well (prose is cut
   * by its length). Articles are far shorter; this is for dumps and
   * mistakes.
   */
  sectionLength?: number | null | undefined
  /**
   * Give the story as a document in `story`: Markdown, plain text and (from
   * `digestHtml`) HTML (default `false`: `story` is `null`).
   */
  story?: boolean | null | undefined
  /**
   * The day, as `YYYY-MM-DD`, that relative dates (`yesterday`, `last month`,
   * `on Tuesday`) are read against when the text gives no date of its own
   * (default: none; see `retextArticleFigures`).
   */
  referenceDate?: string | null | undefined
  /**
   * Options of the plugins themselves, by plugin, with their own names (as
   * `retextArticle` takes them): `{boilerplate: {strictness: 0.8, rules:
   * {promo: false}, patterns: ['Sponsored']}, keywords: {stopPhrases:
   * ['council']}, entities: {maxEntities: 5}, quotes: {minQuoteWords: 3},
   * figures: {bareNumbers: true}}`. The options above that a plugin takes
   * too have the same names there (`keywords` is `plugins.keywords.keywords`,
   * `mode` `plugins.boilerplate.mode`), and they win (default: none).
   */
  plugins?: Readonly<ArticleOptions> | null | undefined
  /**
   * From `digestHtml`, with `story`: keep the page's links in the story, as
   * `[text](href)` in `story.markdown` and `<a href>` in `story.html`, each
   * block's in `links` (default `false`: the link text only). Targets stay as
   * the page wrote them (relative ones too); `javascript:`, `data:`, other
   * unsafe schemes and in-page `#anchors` are dropped, their text kept.
   * Plain text has no links: `digest()` accepts the option and changes nothing.
   */
  links?: boolean | null | undefined
  /**
   * From `digestHtml`, with `story`: keep the story's images as image blocks,
   * `![alt](src)` in `story.markdown` and `<img>` in `story.html` (default
   * `false`). Only `http:`, `https:` and relative sources; images in
   * navigation, header, footer, asides, forms and page furniture are left
   * out. Plain text has no images: `digest()` changes nothing.
   */
  images?: boolean | null | undefined
}

/** Default of the `sectionLength` option. */
export const defaultSectionLength = 125_000

/**
 * Digest a news article given as plain text.
 *
 * @throws {TypeError} When `text` is not a string or an option is wrong.
 */
export function digest(text: string, options?: Readonly<DigestOptions> | null): Digest {
  if (typeof text !== 'string') {
    throw new TypeError(`digest: expected \`text\` to be a string, not \`${text === null ? 'null' : typeof text}\``)
  }

  return digestFile('digest', new VFile(text), options)
}

/**
 * The declaration of `digest()`’s options (also read by `digestHtml`): the
 * plugins’ own declarations of the options it shares with them, under the
 * same names, and its own.
 */
export const digestOptionSchema: OptionSchema = {
  summarySentences: summaryOptionSchema.summarySentences,
  summaryWords: summaryOptionSchema.summaryWords,
  summaryRatio: summaryOptionSchema.summaryRatio,
  keywords: {kind: 'integer', default: keywordLimitSchema.maximum.default},
  keyphrases: {kind: 'integer', default: keywordLimitSchema.maximum.default},
  mode: {...boilerplateOptionSchema.mode, aliases: ['boilerplate']},
  maxLength: parserOptionSchema.maxLength,
  sectionLength: {kind: 'integer', min: 1, default: defaultSectionLength},
  story: {kind: 'boolean', default: false},
  referenceDate: figuresOptionSchema.referenceDate,
  plugins: {kind: 'object', default: {}},
  links: {kind: 'boolean', default: false},
  images: {kind: 'boolean', default: false}
}

/**
 * Run the pipeline on `file`, whose `data` may already hold evidence (the
 * HTML helpers put the page’s markup in `data.htmlBlocks`). Not part of the
 * public API: `owner` names the caller in option errors.
 *
 * @throws {TypeError} When an option is wrong.
 */
export function digestFile(owner: string, file: VFile, options?: Readonly<DigestOptions> | null): Digest {
  const checked = checkOptions(owner, options, digestOptionSchema)
  checkReferenceDate(owner, checked.referenceDate)
  const settings = checked.plugins ? deriveOptions(checked, {plugins: pluginOptions(owner, checked.plugins)}) : checked
  const sectionLength = settings.sectionLength ?? defaultSectionLength
  const story = settings.story ?? false
  // Links and images are read with the page (see `digestHtml`), not by the plugins.
  const pipeline = deriveOptions(settings, {}, ['sectionLength', 'story', 'links', 'images'])

  // `new VFile('')` has no value: `String()` would make it `'undefined'`.
  const value = file.value === undefined ? '' : String(file.value)
  if (!needsSections(value, sectionLength)) {
    const processor = processorFor(pipeline)
    const tree = processor.parse(file) as Root
    processor.runSync(tree, file)
    const result = file.data.digest!
    if (story) result.story = storyOf(tree, file)
    return result
  }

  return digestSections(file, value, pipeline, sectionLength, story)
}

/**
 * Digest a long input section by section: each section is parsed from the
 * whole input (its positions point into it), run through the pipeline in a
 * file of its own, and dropped before the next; its messages go to `file`.
 * After the first section, headline and dek are not looked for: the head of
 * the story is at the top.
 */
function digestSections(
  file: VFile,
  value: string,
  settings: Readonly<DigestOptions>,
  sectionLength: number,
  story: boolean
): Digest {
  checkLength(file, value.length, settings.maxLength ?? defaultMaxLength)
  const parts: Digest[] = []
  const lines = new BlockList()
  const blocks: StoryBlock[] = []
  // Sections rank more keywords than asked for, for the merge to choose from.
  // Doubling saturates: a huge count stays a safe integer, not `Infinity`.
  const keywords = Math.min(2 * (settings.keywords ?? 10), Number.MAX_SAFE_INTEGER)
  const keyphrases = Math.min(2 * (settings.keyphrases ?? 10), Number.MAX_SAFE_INTEGER)
  for (const [index, range] of cutSections(value, sectionLength).entries()) {
    const processor = processorFor(deriveOptions(settings, {keywords, keyphrases}), index > 0)
    const part = new VFile({value, path: file.path})
    // Evidence of a page’s markup goes with the section its blocks are in.
    if (file.data.htmlBlocks) part.data.htmlBlocks = blocksIn(file.data.htmlBlocks, range.start.offset ?? 0, range.end)
    const tree = parseLines(lineParser(), value, range)
    processor.runSync(tree, part)
    if (story) for (const block of storyBlocks(tree, part)) blocks.push(block)
    for (const message of part.messages) file.messages.push(message)
    // A block for every line: kept flat until the end (see `BlockList`).
    lines.append(part.data.digest!.blocks)
    parts.push({...part.data.digest!, blocks: []})
  }

  const budget = settings.summaryWords ?? undefined
  const byDefault = budget === undefined && settings.summaryRatio === undefined ? 3 : Number.POSITIVE_INFINITY
  const digest = mergeDigests(parts, {
    sentences: settings.summarySentences ?? byDefault,
    words: budget ?? Number.POSITIVE_INFINITY,
    keywords: settings.keywords ?? 10,
    keyphrases: settings.keyphrases ?? 10
  })
  digest.blocks = lines.toArray()
  if (story) digest.story = {blocks, markdown: storyMarkdown(blocks), text: storyText(blocks), html: null}
  file.data.digest = digest
  return digest
}

/** The blocks (sorted, not overlapping) that reach into `start`–`end`, found by bisection. */
function blocksIn(blocks: readonly BlockEvidence[], start: number, end: number): BlockEvidence[] {
  let low = 0
  let high = blocks.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (blocks[middle]!.end <= start) low = middle + 1
    else high = middle
  }

  let last = low
  while (last < blocks.length && blocks[last]!.start < end) last++
  return blocks.slice(low, last)
}

/**
 * Frozen processors by settings. Building one attaches every plugin (word
 * lists, taggers), which costs more than digesting a short article; a frozen
 * processor keeps no state between files, so reusing it changes nothing but
 * the time. A handful of settings are kept: callers use one or two.
 */
const processors = new Map<string, Processor<Root, Root, Root>>()
const maxProcessors = 8

/**
 * The processor for `settings`; `continued` for a section after the first,
 * where no headline or dek is looked for.
 */
function processorFor(settings: Readonly<DigestOptions>, continued = false): Processor<Root, Root, Root> {
  // Plugin options may hold functions and expressions, which no key tells apart: those processors are not kept.
  const plugins = settings.plugins ?? {}
  const cached = Object.keys(plugins).length === 0
  const key = cached ? JSON.stringify({...settings, continued}, [...Object.keys(settings), 'continued'].sort()) : ''
  let processor = cached ? processors.get(key) : undefined
  if (!processor) {
    processor = unified()
      .use(retextArticleEnglish, {maxLength: settings.maxLength})
      .use(retextArticle, {
        structure: given(plugins.structure, continued ? {headlineWindow: 0, dek: false} : {}),
        // The file of a digest is never seen: no message for each paragraph taken.
        boilerplate: given(plugins.boilerplate, {mode: settings.mode, messages: false}),
        keywords: given(plugins.keywords, {keywords: settings.keywords, keyphrases: settings.keyphrases}),
        // The summary plugin applies the default count.
        summary: given(plugins.summary, {
          summarySentences: settings.summarySentences,
          summaryWords: settings.summaryWords,
          summaryRatio: settings.summaryRatio
        }),
        entities: plugins.entities,
        quotes: plugins.quotes,
        figures: given(plugins.figures, {referenceDate: settings.referenceDate})
      })
      .freeze() as unknown as Processor<Root, Root, Root>
    if (cached) {
      if (processors.size >= maxProcessors) processors.delete(processors.keys().next().value!)
      processors.set(key, processor)
    }
  }

  return processor
}

/**
 * A plugin’s options: those the caller gave it, and over them the values of
 * `digest()`’s own options that are set (which also replace an older name
 * of the same option given to the plugin).
 */
function given<T extends object>(own: Readonly<T> | null | undefined, set: Readonly<Partial<T>>): T {
  const result = {...own} as Record<string, unknown>
  for (const [key, value] of Object.entries(set)) {
    if (value === undefined || value === null) continue
    for (const alias of olderNames.get(key) ?? []) delete result[alias]
    result[key] = value
  }

  return result as T
}

/** Older names of the plugins’ options that `digest()` sets. */
const olderNames: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['keywords', keywordLimitSchema.keywords.aliases],
  ['keyphrases', keywordLimitSchema.keyphrases.aliases],
  ['summarySentences', summaryOptionSchema.summarySentences.aliases],
  ['summaryWords', summaryOptionSchema.summaryWords.aliases],
  ['summaryRatio', summaryOptionSchema.summaryRatio.aliases]
])

/**
 * The `plugins` option, read safely: own enumerable keys, each plugin’s
 * options copied once (their own checks come with the plugins).
 *
 * @throws {TypeError} Naming the option when it cannot be read.
 */
function pluginOptions(owner: string, plugins: Readonly<ArticleOptions>): Readonly<ArticleOptions> {
  const checked = checkOptions(`${owner} (option \`plugins\`)`, plugins, articleOptionSchema) as Record<string, object>
  const copy = Object.create(null) as Record<string, unknown>
  for (const [name, value] of Object.entries(checked)) {
    try {
      copy[name] = {...value}
    } catch {
      throw new TypeError(`${owner}: could not read option \`plugins.${name}\` (a getter threw)`)
    }
  }

  return Object.freeze(copy) as Readonly<ArticleOptions>
}
