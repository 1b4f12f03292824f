/**
 * Plumbing of the evaluation: reading the shared JSON Lines data, writing
 * files for the shared scorers and running them.
 */
import {execFile} from 'node:child_process'
import {createReadStream, realpathSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import {createInterface} from 'node:readline'
import type {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {createGunzip} from 'node:zlib'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {visit} from 'unist-util-visit'
import {parseLines} from '../../src/parser/index.js'

/** Read a JSON Lines file (gzipped when its name ends in `.gz`), lazily. */
export async function* readJsonl(url: URL): AsyncGenerator<Record<string, unknown>> {
  let input: Readable = createReadStream(url)
  if (url.pathname.endsWith('.gz')) input = input.pipe(createGunzip())
  const lines = createInterface({input, crlfDelay: Number.POSITIVE_INFINITY})
  for await (const line of lines) {
    if (line.trim()) yield JSON.parse(line) as Record<string, unknown>
  }
}

/** Write records as JSON Lines. */
export async function writeJsonl(path: string, records: readonly unknown[]): Promise<void> {
  await writeFile(path, records.map((d) => JSON.stringify(d) + '\n').join(''))
}

/**
 * Run a shared scorer with `--json` and return its parsed output.
 *
 * The scorers run only when `import.meta.url` equals `argv[1]`, so they are
 * given by their real path (symbolic links resolved).
 */
export async function score(scorer: URL, args: readonly string[]): Promise<unknown> {
  const script = realpathSync(fileURLToPath(scorer))
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      [script, ...args, '--json'],
      {maxBuffer: 256 * 1024 * 1024},
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${script} failed: ${stderr || error.message}`))
        else resolve(stdout)
      }
    )
  })
  if (!stdout.trim()) throw new Error(`${script} printed nothing`)
  return JSON.parse(stdout) as unknown
}

/** Read a number at a dotted path of a scorer’s JSON output. */
export function pick(value: unknown, path: string): number {
  let current = value
  for (const key of path.split('.')) {
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined
  }

  if (typeof current !== 'number') throw new Error(`Unexpected scorer output: no number at \`${path}\``)
  return current
}

/**
 * The first `count` sentences of `text`, split by the library’s own parser
 * (what `retextArticleEnglish` does), so LEAD-k and the summary use the same
 * notion of a sentence.
 */
export function leadSentences(text: string, count: number): string[] {
  const tree: Root = parseLines(new ParseEnglish(), text)
  const sentences: string[] = []
  visit(tree, 'SentenceNode', (node) => {
    if (sentences.length >= count) return false
    sentences.push(toString(node))
    return 'skip'
  })
  return sentences
}

/** Format a duration in milliseconds. */
export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)
}

/** Number of predictions (`{id, text}` JSON Lines) whose text is empty or white space. */
export async function emptyBodies(path: string): Promise<number> {
  let count = 0
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (!line.trim()) continue
    const record = JSON.parse(line) as {text?: unknown}
    if (typeof record.text !== 'string' || record.text.trim() === '') count++
  }

  return count
}
