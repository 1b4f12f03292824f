/**
 * Command-line arguments into a plain settings object. Anything wrong is a
 * `UsageError`, which the CLI reports with exit code 2.
 */
import {availableParallelism} from 'node:os'
import {parseArgs} from 'node:util'
import {digest, type DigestOptions} from '../digest.js'
import {dayOf} from '../figures/calendar-math.js'
import {encodingOf, type Encoding} from './encoding.js'

/** What the command line asks for. */
export interface CliSettings {
  /** `digest`: whole files; `jsonl`: JSON Lines batch; or print help/version. */
  command: 'digest' | 'jsonl' | 'help' | 'version'
  /** Input files in order; `-` (or none at all) is stdin. */
  files: string[]
  format: 'json' | 'text' | 'markdown'
  /** Read whole-file inputs as HTML whatever their names (`.html` files always are). */
  html: boolean
  options: DigestOptions
  /** Worker threads for `--jsonl` (default: the number of cores); 1 digests in the main thread. */
  concurrency: number
  /** Digest fields to output (default: all). */
  fields: string[] | undefined
  /** Encoding of whole-file inputs (default `auto`: sniffed). */
  encoding?: Encoding | undefined
  /** Read whole-file inputs as plain text, even those that look like HTML. */
  text?: boolean | undefined
  /** `--jsonl`: heap limit of each worker in MB (default: Node’s own). */
  workerMemory?: number | undefined
}

/** Most workers `--concurrency` accepts. */
export const maxConcurrency = 64

/** The fields of a digest, as `--fields` accepts them. */
export const digestFields = [
  'headline',
  'dek',
  'dateline',
  'byline',
  'body',
  'boilerplate',
  'summary',
  'keywords',
  'keyphrases',
  'entities',
  'quotes',
  'figures',
  'dates',
  'stats',
  'blocks',
  'text'
] as const

/** The `--plugins` JSON: an object of plugin options (`{"boilerplate": {"strictness": 0.8}}`), checked by the digest. */
function pluginsOf(value: string): NonNullable<DigestOptions['plugins']> {
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    // Not JSON: refused below, as is JSON that is no object.
  }

  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`Unexpected \`${value.slice(0, 40)}\` for \`--plugins\`, expected a JSON object of plugin options`)
  }

  return parsed as NonNullable<DigestOptions['plugins']>
}

/** Wrong flags or values: the message is shown, followed by a pointer to `--help`. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

const flags = {
  jsonl: {type: 'boolean'},
  html: {type: 'boolean'},
  format: {type: 'string'},
  'summary-sentences': {type: 'string'},
  'summary-words': {type: 'string'},
  'summary-ratio': {type: 'string'},
  keywords: {type: 'string'},
  keyphrases: {type: 'string'},
  mode: {type: 'string'},
  'reference-date': {type: 'string'},
  plugins: {type: 'string'},
  concurrency: {type: 'string'},
  'worker-memory': {type: 'string'},
  encoding: {type: 'string'},
  text: {type: 'boolean'},
  links: {type: 'boolean'},
  images: {type: 'boolean'},
  fields: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/**
 * Parse `argv` (without the `node` and script entries).
 *
 * @throws {UsageError} On unknown flags, missing or malformed values.
 */
export function parseCliArgs(argv: readonly string[]): CliSettings {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options: flags, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(usageMessage(error))
  }

  const {values, positionals} = parsed
  const format = oneOf('--format', values.format, ['json', 'text', 'markdown'] as const) ?? 'json'
  const mode = oneOf('--mode', values.mode, ['remove', 'mark'] as const)

  if (values.jsonl && values.html) {
    throw new UsageError('Unexpected `--html` with `--jsonl`, where each line gives its `text` or its `html`')
  }

  if (values.fields !== undefined && format !== 'json') {
    throw new UsageError(`Unexpected \`--fields\` with \`--format ${format}\`, which shows a fixed selection`)
  }

  if (values.jsonl && format !== 'json') {
    throw new UsageError(`Unexpected \`--format ${format}\` with \`--jsonl\`, which always writes JSON Lines`)
  }

  const options: DigestOptions = {}
  const summarySentences = count('--summary-sentences', values['summary-sentences'])
  const keywords = count('--keywords', values.keywords)
  const keyphrases = count('--keyphrases', values.keyphrases)
  // Only what was given, so the library’s own defaults apply to the rest.
  if (summarySentences !== undefined) options.summarySentences = summarySentences
  const summaryWords = count('--summary-words', values['summary-words'])
  if (summaryWords !== undefined) options.summaryWords = summaryWords
  const ratio = values['summary-ratio']
  if (ratio !== undefined) {
    // Any decimal or exponent notation (`0.25`, `.5`, `1e-7`) above 0 and at most 1.
    if (!/^(?:\d{1,20}(?:\.\d{0,20})?|\.\d{1,20})(?:e[+-]?\d{1,3})?$/i.test(ratio.trim()) || !(Number(ratio) > 0 && Number(ratio) <= 1)) {
      throw new UsageError(`Unexpected \`${ratio}\` for \`--summary-ratio\`, expected a number above 0 and at most 1`)
    }

    options.summaryRatio = Number(ratio)
  }

  if (keywords !== undefined) options.keywords = keywords
  if (keyphrases !== undefined) options.keyphrases = keyphrases
  if (mode !== undefined) options.mode = mode
  const referenceDate = values['reference-date']
  if (referenceDate !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate) || !dayOf(referenceDate)) {
      throw new UsageError(`Unexpected \`${referenceDate}\` for \`--reference-date\`, expected a day as \`YYYY-MM-DD\``)
    }

    options.referenceDate = referenceDate
  }

  if (values.plugins !== undefined) {
    options.plugins = pluginsOf(values.plugins)
    // Checked once here, so a wrong plugin option is a usage error and not one error per input.
    try {
      digest('', options)
    } catch (error) {
      throw new UsageError(`Unexpected \`--plugins\`: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  // Links and images are kept in the story, so asking for them asks for it.
  if (values.links) options.links = true
  if (values.images) options.images = true
  if (values.links || values.images) options.story = true

  const command = values.help
    ? 'help'
    : values.version
      ? 'version'
      : values.jsonl
        ? 'jsonl'
        : 'digest'

  const concurrency = count('--concurrency', values.concurrency) ?? Math.min(availableParallelism(), maxConcurrency)
  if (concurrency < 1) throw new UsageError('Unexpected `0` for `--concurrency`, expected at least `1`')
  if (concurrency > maxConcurrency) {
    throw new UsageError(
      `Unexpected \`${concurrency}\` for \`--concurrency\`, expected at most \`${maxConcurrency}\` (each worker is a process with its own memory)`
    )
  }

  const settings: CliSettings = {command, files: positionals, format, html: values.html === true, options, concurrency, fields: fieldList(values.fields)}
  const workerMemory = count('--worker-memory', values['worker-memory'])
  if (workerMemory !== undefined) {
    if (workerMemory < 16) throw new UsageError(`Unexpected \`${workerMemory}\` for \`--worker-memory\`, expected at least \`16\` (MB)`)
    settings.workerMemory = workerMemory
  }

  if (values.encoding !== undefined) {
    const encoding = encodingOf(values.encoding)
    if (!encoding) {
      throw new UsageError(`Unexpected \`${values.encoding}\` for \`--encoding\`, expected \`auto\`, \`utf8\`, \`latin1\` (read as \`windows-1252\`) or \`utf16le\``)
    }

    if (values.jsonl && encoding !== 'utf8' && encoding !== 'auto') {
      throw new UsageError('Unexpected `--encoding` with `--jsonl`, whose lines are always UTF-8 (as JSON is)')
    }

    settings.encoding = encoding
  }

  if (values.text) {
    if (values.html) throw new UsageError('Unexpected `--text` with `--html`, expected one of them')
    if (values.jsonl) throw new UsageError('Unexpected `--text` with `--jsonl`, where each line gives its `text` or its `html`')
    settings.text = true
  }

  return settings
}

function fieldList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  const fields = value.split(',').map((d) => d.trim()).filter(Boolean)
  for (const field of fields) {
    if (!(digestFields as readonly string[]).includes(field)) {
      throw new UsageError(`Unexpected \`${field}\` in \`--fields\`, expected some of ${digestFields.join(', ')}`)
    }
  }

  if (fields.length === 0) throw new UsageError('Unexpected empty `--fields`, expected a comma-separated list of fields')
  return fields
}

function oneOf<const T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[]
): T | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    `Unexpected \`${value}\` for \`${flag}\`, expected ${allowed.map((d) => '`' + d + '`').join(' or ')}`
  )
}

function count(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (/^\d{1,6}$/.test(value.trim())) return Number(value.trim())
  throw new UsageError(`Unexpected \`${value}\` for \`${flag}\`, expected a non-negative integer`)
}

// `parseArgs` messages are good but long-winded about the `--` escape hatch.
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '').trim()
}
