/**
 * How fast is `digest()`, does it stay linear, and does it survive hostile
 * input?
 *
 *   npm run bench [-- [--only article,sets,plugins,scaling,batch,adversarial,memory] [FILE]]
 *
 * On one article (FILE, else a made-up story of about 3.5 KB):
 * - article: a bare `retext-english` parse, the line parser and a whole
 *   `digest()` in ms per article, with the ratio to the bare parse;
 * - sets: `digest()` against a bare parse on the real stories of the shared
 *   evaluation sets, each once, in interleaved rounds (see `sets.ts`);
 * - plugins: the cost each plugin adds to a parse;
 * - scaling: `digest()` (and the bare parse) on 1×, 16×, 64× and 256× the
 *   article, with the ratio to linear time (1.00 = linear);
 * - batch: articles per second of the CLI’s JSON Lines mode, one worker
 *   against one per core;
 * - adversarial: hostile inputs, plain text and HTML, each against varied
 *   ordinary input of the same size, for time and peak memory (`--size 1,10`
 *   for the sizes in MB, `--shapes lines,initials` to pick shapes, `--runs 3`
 *   for the best of three runs);
 * - memory: peak memory of a `digest()` of 10 MB, in a child process.
 * Prints tables; asserts nothing (timings never go in tests).
 */
import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {digest} from '../../src/digest.js'
import {parseLines} from '../../src/parser/index.js'
import {runAdversarial} from './adversarial.js'
import {runBatch} from './batch.js'
import {madeUpArticle} from './article.js'
import {runMemory} from './memory.js'
import {runPlugins} from './plugins.js'
import {runSets} from './sets.js'
import {budget, fixed, time} from './time.js'

const sections = ['article', 'sets', 'plugins', 'scaling', 'batch', 'adversarial', 'memory'] as const
const {values, positionals} = parseArgs({options: {only: {type: 'string'}, size: {type: 'string'}, shapes: {type: 'string'}, runs: {type: 'string'}}, allowPositionals: true})
const only = new Set(values.only ? values.only.split(',') : sections)
const given = positionals[0]
const article = given ? readFileSync(given, 'utf8') : madeUpArticle()
const bare = unified().use(retextEnglish)

console.log(`Article: ${given ?? 'made-up story'} (${(article.length / 1024).toFixed(1)} KB), Node ${process.version}`)

if (only.has('article')) {
  console.log(`\n${'step'.padEnd(26)}${'ms/article'.padStart(12)}${'× parse'.padStart(10)}`)
  const runners = {
    'parse (retext-english)': () => bare.parse(article),
    'parse (line parser)': () => parseLines(new ParseEnglish(), article),
    digest: () => digest(article)
  }
  const single: Record<string, number> = {}
  for (const [name, run] of Object.entries(runners)) single[name] = time(run)
  const parse = single['parse (retext-english)']!
  for (const [name, value] of Object.entries(single)) {
    console.log(`${name.padEnd(26)}${fixed(value).padStart(12)}${(value / parse).toFixed(2).padStart(10)}`)
  }
}

if (only.has('sets')) runSets()
if (only.has('plugins')) runPlugins(article)

if (only.has('scaling')) {
  console.log(
    `\n${'copies'.padEnd(8)}${'size'.padStart(10)}${'digest ms'.padStart(12)}${'vs linear'.padStart(11)}${'parse ms'.padStart(12)}${'vs linear'.padStart(11)}`
  )
  const base = {digest: 0, parse: 0}
  for (const copies of [1, 16, 64, 256]) {
    const text = Array.from({length: copies}, () => article.trim()).join('\n\n')
    const digestMs = time(() => digest(text), copies === 1 ? 1000 : 2000)
    const parseMs = time(() => bare.parse(text), copies === 1 ? 1000 : 2000)
    if (copies === 1) Object.assign(base, {digest: digestMs, parse: parseMs})
    console.log(
      String(copies).padEnd(8) +
        `${(text.length / 1024).toFixed(0)} KB`.padStart(10) +
        fixed(digestMs).padStart(12) +
        (digestMs / (base.digest * copies)).toFixed(2).padStart(11) +
        fixed(parseMs).padStart(12) +
        (parseMs / (base.parse * copies)).toFixed(2).padStart(11)
    )
    if (digestMs > budget || parseMs > budget) break
  }
}

if (only.has('batch')) runBatch(article)
if (only.has('adversarial')) {
  // `--size 1,10`: the sizes in MB (1 MB unless given); `--shapes a,b`: only shapes whose name holds one of these.
  const sizes = (values.size ?? '1').split(',').map((value) => Math.round(Number(value) * 1e6))
  const wanted = values.shapes?.split(',')
  // `--runs N`: each figure the best of N runs (default 1).
  const runs = Math.max(1, Number(values.runs ?? 1) || 1)
  runAdversarial(sizes, wanted ? (name) => name.startsWith('ordinary') || wanted.some((part) => name.includes(part)) : undefined, runs)
}

if (only.has('memory')) runMemory()
