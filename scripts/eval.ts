/**
 * Measure `digest()` on the shared evaluation sets (`../shared/eval`, beside
 * the repository), with the shared scorers, and print the figures.
 *
 *   npm run eval [-- --only keyphrases,summary.bbc] [--limit N] [--skip N] [--check] [--keep]
 *
 * Every article goes through `digest(text, {summarySentences: 3, keywords: 15,
 * keyphrases: 15})` in-process: the options the held-out scoring uses (the
 * HTML set goes through `digestHtml(html, …)` with the same options). A
 * document on which `digest` throws counts as an error and as an empty
 * prediction. Baselines run in the same pass: LEAD-3 (the first three
 * sentences of `digest.body`, split by the library’s parser) for summaries,
 * and the whole page text for boilerplate.
 *
 * `--only` takes tasks (`keyphrases`, `summary`, `boilerplate`, `entities`,
 * `quotes`, `wrapped`), set names (`bbc`) or set keys (`summary.bbc`), comma-separated.
 * `--limit N` scores the first N documents of each set (figures are then not
 * comparable). `--skip N` leaves out the first N documents of each set first
 * (with `--limit`, halves of a set: `--limit 70` and `--skip 70`). `--keep`
 * keeps the temporary gold and prediction files.
 * `--check` compares figures with the floors in `scripts/eval-floors.json`
 * (same keys as below; `{"keyphrases.duc2001.f1@10": 25}`, or a floor relative
 * to a baseline of the same run: `{"summary.bbc.r1": {"of":
 * "summary.bbc.lead3.r1", "minus": 0.5}}`) and exits 1 when a figure is below
 * its floor, missing, or when any document threw.
 *
 * `.eval-out/results.json` (all figures in percent, 0–100, two decimals):
 *
 *   {
 *     "date": ISO time, "version": package version, "node": Node version,
 *     "options": digest options used, "limit": N or null, "skip": N,
 *     "sets": {"<set>": {"docs", "errors", "msPerDoc", "firstError"}},
 *     "figures": {"<figure>": number}
 *   }
 *
 * Sets and their figures (`<set>.<figure>`):
 *
 *   keyphrases.duc2001       f1@5 f1@10 p@10 r@10      digest.keyphrases[].phrase
 *   keyphrases.kpcrowd       f1@5 f1@10 p@10 r@10      digest.keywords[].word
 *   summary.cnndm            r1 r2 rlsum               digest.summary[].text
 *   summary.cnndm.lead3      r1 r2 rlsum               LEAD-3 baseline
 *   summary.bbc              r1 r2 rlsum
 *   summary.bbc.lead3        r1 r2 rlsum
 *   boilerplate.aeb          f1 precision recall       digest.body
 *   boilerplate.aeb.page     f1 precision recall       whole page baseline
 *   boilerplate.aeb-html     f1 precision recall       digestHtml(html).body
 *   boilerplate.aeb(-html).empty                       pages whose body is empty
 *   boilerplate.trafilatura-dev       f1 precision recall empty   snippets, digest.body
 *   boilerplate.trafilatura-dev.page  f1 precision recall         whole page baseline
 *   boilerplate.trafilatura-dev-html  f1 precision recall empty   digestHtml(html).body
 *   entities.conll2003-dev   f1 precision recall per.f1 loc.f1 org.f1   (bag of names, micro)
 *   quotes.polnear           f1 precision recall speaker
 *   wrapped.bbc              same body summary paragraphs keyphrases people   (% of stories
 *                            whose digest, wrapped at 60–80 columns, equals the unwrapped one)
 */
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import pkg from '../package.json' with {type: 'json'}
import type {DigestOptions} from '../src/digest.js'
import type {Digest} from '../src/types.js'
import {checkFloors, type Floor} from './eval/floors.js'
import {ms, readJsonl, writeJsonl} from './eval/lib.js'
import {sets, tasks, type Doc, type EvalSet} from './eval/sets.js'

const shared = new URL('../../shared/eval/', import.meta.url)
const outDir = new URL('../.eval-out/', import.meta.url)
const floorsFile = new URL('eval-floors.json', import.meta.url)
const options: DigestOptions = {summarySentences: 3, keywords: 15, keyphrases: 15}

interface SetReport {
  docs: number
  errors: number
  msPerDoc: number
  firstError: string | null
}

const flags = readFlags()

if (flags.help) {
  const header = (await readFile(fileURLToPath(import.meta.url), 'utf8')).split('*/')[0]!
  console.log(header.replace(/^\/\*\*\n| ?\* ?/gm, ''))
  process.exit(0)
}

if (!existsSync(new URL('data/', shared))) {
  console.log(`No evaluation data at ${fileURLToPath(shared)}: nothing to measure.`)
  process.exit(0)
}

const limit = flags.limit === undefined ? null : Number.parseInt(flags.limit, 10)
if (limit !== null && !(limit > 0)) fail(`Unexpected \`--limit ${flags.limit}\`, expected a positive integer`)
const skip = flags.skip === undefined ? 0 : Number.parseInt(flags.skip, 10)
if (!(skip >= 0)) fail(`Unexpected \`--skip ${flags.skip}\`, expected a non-negative integer`)
const selected = select(flags.only)
const {digest} = await import('../src/digest.js').catch((error: unknown) => {
  fail(`Cannot load the library: ${error instanceof Error ? error.message : String(error)}`)
})
const {digestHtml} = await import('../src/html/index.js').catch((error: unknown) => {
  fail(`Cannot load the library: ${error instanceof Error ? error.message : String(error)}`)
})

const temporary = await mkdtemp(join(tmpdir(), 'retext-article-eval-'))
const reports: Record<string, SetReport> = {}
const figures: Record<string, number> = {}
const scorers = new URL('score/', shared)

try {
  for (const set of selected) {
    const {report, files} = await predict(set)
    reports[set.key] = report
    process.stderr.write(
      `${set.key}: ${report.docs} docs, ${report.errors} errors, ${ms(report.msPerDoc)} ms/doc` +
        (report.firstError ? ` (first error: ${report.firstError})` : '') +
        '\n'
    )
    try {
      const scored = await set.score(files.gold, files.predictions, scorers)
      for (const [key, value] of Object.entries(scored)) figures[key] = Math.round(value * 100) / 100
    } catch (error) {
      process.stderr.write(`${set.key}: scoring failed: ${error instanceof Error ? error.message : String(error)}\n`)
    }
  }
} finally {
  if (flags.keep) process.stderr.write(`Kept gold and predictions in ${temporary}\n`)
  else await rm(temporary, {recursive: true, force: true})
}

printTable()
await mkdir(outDir, {recursive: true})
const results = {
  date: new Date().toISOString(),
  version: pkg.version,
  node: process.version,
  options,
  limit,
  skip,
  sets: reports,
  figures
}
await writeFile(new URL('results.json', outDir), JSON.stringify(results, null, 2) + '\n')
console.log(`\nWrote ${fileURLToPath(new URL('results.json', outDir))}`)

if (flags.check) process.exitCode = await check()

/** Digest every document of `set` and write gold and predictions for its scorer. */
async function predict(set: EvalSet): Promise<{report: SetReport; files: {gold: string; predictions: Record<string, string>}}> {
  const gold: unknown[] = []
  const predictions: Record<string, unknown[]> = {}
  const report: SetReport = {docs: 0, errors: 0, msPerDoc: 0, firstError: null}
  let time = 0
  let skipped = 0

  for await (const record of readJsonl(new URL(`data/${set.data}`, shared))) {
    if (skipped < skip) {
      skipped++
      continue
    }

    if (limit !== null && report.docs >= limit) break
    const doc = record as Doc
    report.docs++
    let result: Digest | undefined
    const start = performance.now()
    try {
      const text = set.text ? set.text(doc, report.docs - 1) : doc.text
      result = set.input === 'html' ? digestHtml(String(doc.html), options) : digest(text, options)
    } catch (error) {
      report.errors++
      report.firstError ??= `${doc.id}: ${error instanceof Error ? error.message : String(error)}`
    }

    time += performance.now() - start
    gold.push(set.gold(doc))
    for (const [system, prediction] of Object.entries(set.predict(doc, result))) {
      ;(predictions[system] ??= []).push({id: doc.id, ...prediction})
    }
  }

  report.msPerDoc = report.docs > 0 ? Math.round((time / report.docs) * 100) / 100 : 0
  const name = set.key.replace(/\W+/g, '-')
  const files = {gold: join(temporary, `${name}.gold.jsonl`), predictions: {} as Record<string, string>}
  await writeJsonl(files.gold, gold)
  for (const [system, records] of Object.entries(predictions)) {
    files.predictions[system] = join(temporary, `${name}.${system}.jsonl`)
    await writeJsonl(files.predictions[system], records)
  }

  return {report, files}
}

function select(only: string | undefined): EvalSet[] {
  if (only === undefined) return [...sets]
  const wanted = only.split(',').map((d) => d.trim()).filter(Boolean)
  const unknown = wanted.filter(
    (d) => !sets.some((set) => set.task === d || set.key === d || set.key.endsWith('.' + d))
  )
  if (unknown.length > 0) {
    fail(`Unknown set \`${unknown.join('`, `')}\` in --only; expected tasks (${tasks.join(', ')}) or sets (${sets.map((d) => d.key).join(', ')})`)
  }

  return sets.filter((set) => wanted.some((d) => set.task === d || set.key === d || set.key.endsWith('.' + d)))
}

function printTable(): void {
  const width = Math.max(...Object.keys(figures).map((d) => d.length), 30) + 2
  console.log(`\n${'figure'.padEnd(width)}${'value'.padStart(8)}`)
  let lastSet = ''
  for (const [key, value] of Object.entries(figures)) {
    const set = selected.find((d) => key.startsWith(d.key + '.'))
    if (set && set.key !== lastSet) {
      const report = reports[set.key]!
      console.log(`-- ${set.key} (${report.docs} docs, ${report.errors} errors, ${ms(report.msPerDoc)} ms/doc)`)
      lastSet = set.key
    }

    console.log(`${key.padEnd(width)}${value.toFixed(2).padStart(8)}`)
  }
}

/** Compare with the checked-in floors; returns the exit code. */
async function check(): Promise<number> {
  const floors = JSON.parse(await readFile(floorsFile, 'utf8')) as Record<string, Floor>
  const problems = checkFloors(floors, figures, (key) => selected.some((set) => key.startsWith(set.key + '.')))

  for (const [key, report] of Object.entries(reports)) {
    if (report.errors > 0) problems.push(`${key}: digest threw on ${report.errors} of ${report.docs} documents`)
  }

  if (problems.length === 0) {
    console.log(`check: all ${Object.keys(floors).length} floors met`)
    return 0
  }

  console.log(`check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  for (const problem of problems) console.log(`  ${problem}`)
  return 1
}

function readFlags() {
  try {
    return parseArgs({
      options: {
        only: {type: 'string'},
        limit: {type: 'string'},
        skip: {type: 'string'},
        check: {type: 'boolean'},
        keep: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    }).values
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)} (see \`npm run eval -- --help\`)`)
  }
}

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}
