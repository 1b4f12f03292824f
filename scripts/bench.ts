/**
 * How fast is `digest()`, and does it stay linear?
 *
 *   npm run bench [-- FILE]
 *
 * Times, on one article (FILE, else `examples/article.txt`, else a made-up
 * story of about 3.5 KB): a bare parse with `retext-english`, a parse with the
 * library’s line parser, and a whole `digest()`, in ms per article. Then
 * `digest()` (and the bare parse) on 1×, 16×, 64× and 256× the article, with
 * the ratio to linear time (1.00 = linear; 2.00 = twice as slow per copy).
 * Prints a table; asserts nothing.
 */
import {existsSync, readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {digest} from '../src/digest.js'
import {parseLines} from '../src/parser/index.js'

// A size whose one call takes longer than this (ms) ends the scaling runs.
const budget = 60_000
const example = new URL('../examples/article.txt', import.meta.url)
const given = process.argv[2]
const article = given
  ? readFileSync(given, 'utf8')
  : existsSync(example)
    ? readFileSync(example, 'utf8')
    : madeUpArticle()
const source = given ?? (existsSync(example) ? fileURLToPath(example) : 'built-in article')

const bare = unified().use(retextEnglish)
const runners = {
  'parse (retext-english)': (text: string) => bare.parse(text),
  'parse (line parser)': (text: string) => parseLines(new ParseEnglish(), text),
  digest: (text: string) => digest(text)
}

console.log(`Article: ${source} (${(article.length / 1024).toFixed(1)} KB), Node ${process.version}\n`)

const single: Record<string, number> = {}
console.log(`${'step'.padEnd(26)}${'ms/article'.padStart(12)}${'× parse'.padStart(10)}`)
for (const [name, run] of Object.entries(runners)) {
  single[name] = time(() => run(article))
}

const parse = single['parse (retext-english)']!
for (const [name, value] of Object.entries(single)) {
  console.log(`${name.padEnd(26)}${value.toFixed(2).padStart(12)}${(value / parse).toFixed(1).padStart(10)}`)
}

console.log(`\n${'copies'.padEnd(8)}${'size'.padStart(10)}${'digest ms'.padStart(12)}${'vs linear'.padStart(11)}${'parse ms'.padStart(12)}${'vs linear'.padStart(11)}`)
const base = {digest: 0, parse: 0}
let skip = false
for (const copies of [1, 16, 64, 256]) {
  const text = Array.from({length: copies}, () => article.trim()).join('\n\n')
  const size = `${(text.length / 1024).toFixed(0)} KB`
  if (skip) {
    console.log(`${String(copies).padEnd(8)}${size.padStart(10)}   skipped: the previous size took over ${budget / 1000} s`)
    continue
  }

  const digestMs = time(() => digest(text), copies === 1 ? 1000 : 2000)
  const parseMs = time(() => bare.parse(text), copies === 1 ? 1000 : 2000)
  if (copies === 1) {
    base.digest = digestMs
    base.parse = parseMs
  }

  console.log(
    String(copies).padEnd(8) +
      size.padStart(10) +
      fixed(digestMs).padStart(12) +
      (digestMs / (base.digest * copies)).toFixed(2).padStart(11) +
      fixed(parseMs).padStart(12) +
      (parseMs / (base.parse * copies)).toFixed(2).padStart(11)
  )
  if (digestMs > budget || parseMs > budget) skip = true
}

function fixed(value: number): string {
  return value.toFixed(value < 10 ? 2 : 1)
}

/**
 * Mean ms per call of `fn`, after a warm-up, over at least three calls and
 * `minimum` ms.
 */
function time(fn: () => unknown, minimum = 1000): number {
  const warm = performance.now()
  fn()
  // A slow call needs no second warm-up.
  if (performance.now() - warm < minimum / 4) fn()
  let runs = 0
  const start = performance.now()
  let elapsed = 0
  while (runs < 3 || elapsed < minimum) {
    fn()
    runs++
    elapsed = performance.now() - start
    if (elapsed > budget) break
  }

  return elapsed / runs
}

function madeUpArticle(): string {
  return `Lakeside town bets on a floating solar farm to cut power bills

Council says the panels will cover a third of local demand within two years

By Maren Okafor and Tomas Reyes

VÄSTERVIK, Sweden (Nordic Wire) — The town council of Västervik on Wednesday approved a plan to build a floating solar farm on a disused quarry lake, a project that officials say could supply about a third of the town's electricity by the end of 2027.

The 14-megawatt installation, which will cost an estimated 210 million kronor ($19.6 million), is to be built by Solvik Energi, a local cooperative with more than 4,000 members. Construction is due to start in April, once the last environmental permits are granted.

"We have the water, we have the sun in summer, and we have people who want to own their energy," said Council Chair Ingrid Palm, who has championed the project since 2022. "This is not a symbol. It is a power station."

Floating panels have become more common in Asia and the Netherlands, where land is scarce. They stay cooler than panels on land, which makes them slightly more efficient, and they shade the water, which reduces evaporation and algae growth, according to a 2023 study by the Technical University of Delft.

Critics on the council warned that the cost could rise. Opposition member Lars Berglund said the budget did not allow enough for anchoring the platforms in winter, when the lake freezes for up to three months. "Ice moves, and ice is heavy," he said. "I would like to see the engineering report before we borrow the money."

Solvik Energi said the design had been tested on a smaller pilot array of 400 panels that has run on the lake since 2021 without damage. The pilot produced 142 megawatt-hours last year, about 8% more than the company had forecast.

The cooperative plans to raise 60 million kronor from members and borrow the rest from the Swedish Environmental Protection Agency's climate fund and two regional banks. Members will receive electricity at cost, and any surplus will be sold to the grid.

Electricity prices in southern Sweden rose sharply in 2022 and have remained volatile, pushing many households to look for alternatives. Household bills in the region were on average 35% higher last winter than five years earlier, the Swedish Energy Markets Inspectorate said in a report published on Monday.

Residents who spoke to reporters outside the town hall were mostly supportive. "If it lowers the bill, I am for it," said Anna Lind, a retired teacher who has lived by the lake for 40 years. Others worried about the view from the walking path along the shore.

The lake itself has a history. Quarrying stopped there in 1968, and the pit filled with groundwater over the following decade. Today it is 31 metres deep at its deepest point and is used mainly by anglers and a small sailing club, whose chairman, Per Åström, said the club had been promised a corridor of open water at least 200 metres wide.

Similar projects are under way in Finland and Norway. A floating array of 5 megawatts opened near Tampere last autumn, and Statkraft has tested panels on a hydropower reservoir in Albania since 2020. Industry analysts at BloombergNEF estimate that floating solar capacity worldwide could triple by 2030.

The council will hold a public meeting on March 12 to present the final design. A decision on the loan is expected in May.

Write to Maren Okafor at maren.okafor@nordicwire.example

Copyright 2026 Nordic Wire. All rights reserved.
`
}
