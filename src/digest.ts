/**
 * `digest(text)`: the whole pipeline in one call, for people who do not use
 * unified themselves.
 */
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {checkOptions} from './options.js'
import {retextArticleEnglish} from './parser/retext-article-english.js'
import {retextArticle} from './preset.js'
import type {Digest} from './types.js'

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
  boilerplate?: 'remove' | 'mark' | null | undefined
  /**
   * Longest input, in UTF-16 code units (default `20_000_000`); longer input
   * throws a `VFileMessage` (`ruleId` `'max-length'`).
   */
  maxLength?: number | null | undefined
}

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
 * Run the pipeline on `file`, whose `data` may already hold evidence (the
 * HTML helpers put the page’s markup in `data.htmlBlocks`). Not part of the
 * public API: `owner` names the caller in option errors.
 *
 * @throws {TypeError} When an option is wrong.
 */
export function digestFile(owner: string, file: VFile, options?: Readonly<DigestOptions> | null): Digest {
  const settings = checkOptions(owner, options, {
    summarySentences: 'integer',
    summaryWords: 'integer',
    summaryRatio: 'number',
    keywords: 'integer',
    keyphrases: 'integer',
    boilerplate: ['remove', 'mark'],
    maxLength: 'integer'
  })

  const processor = processorFor(settings)
  const tree = processor.parse(file) as Root
  processor.runSync(tree, file)
  return file.data.digest!
}

/**
 * Frozen processors by settings. Building one attaches every plugin (word
 * lists, taggers), which costs more than digesting a short article; a frozen
 * processor keeps no state between files, so reusing it changes nothing but
 * the time. A handful of settings are kept: callers use one or two.
 */
const processors = new Map<string, Processor<Root, Root, Root>>()
const maxProcessors = 8

function processorFor(settings: Readonly<DigestOptions>): Processor<Root, Root, Root> {
  const key = JSON.stringify(settings, Object.keys(settings).sort())
  let processor = processors.get(key)
  if (!processor) {
    processor = unified()
      .use(retextArticleEnglish, {maxLength: settings.maxLength})
      .use(retextArticle, {
        boilerplate: settings.boilerplate ? {mode: settings.boilerplate} : undefined,
        keywords: {maxKeywords: settings.keywords ?? 10, maxKeyphrases: settings.keyphrases ?? 10},
        // The summary plugin checks the ratio and applies the default count.
        summary: {maxSentences: settings.summarySentences, maxWords: settings.summaryWords, ratio: settings.summaryRatio}
      })
      .freeze() as unknown as Processor<Root, Root, Root>
    if (processors.size >= maxProcessors) processors.delete(processors.keys().next().value!)
    processors.set(key, processor)
  }

  return processor
}
