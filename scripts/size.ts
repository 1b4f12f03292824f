/**
 * `npm run size`: minified, gzipped browser size of each subpath export and
 * of the full `digest`, bundled with esbuild from the sources as a user’s
 * bundler would (tree-shaken, everything inlined). `--check` compares them
 * with the budgets in `scripts/size-budgets.json` and exits 1 over budget.
 */
import {readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'

const root = new URL('..', import.meta.url).pathname
const check = process.argv.includes('--check')
const budgets = JSON.parse(readFileSync(new URL('size-budgets.json', import.meta.url), 'utf8')) as Record<string, number>

/** What a user imports, by label. */
const entries: Record<string, string> = {
  'digest (full pipeline)': "export {digest} from './src/index.ts'",
  'retext-article (everything)': "export * from './src/index.ts'",
  parser: "export * from './src/parser/index.ts'",
  structure: "export * from './src/structure/index.ts'",
  boilerplate: "export * from './src/boilerplate/index.ts'",
  summary: "export * from './src/summary/index.ts'",
  keywords: "export * from './src/keywords/index.ts'",
  entities: "export * from './src/entities/index.ts'",
  quotes: "export * from './src/quotes/index.ts'",
  figures: "export * from './src/figures/index.ts'",
  'html (digestHtml, with an HTML parser)': "export * from './src/html/index.ts'",
  'unified + retext-english (reference)': "export {unified} from 'unified'; export {default} from 'retext-english'"
}

let failed = false
console.log(`${'entry'.padEnd(40)}${'min KB'.padStart(10)}${'gzip KB'.padStart(10)}${'budget'.padStart(9)}`)
for (const [label, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: {contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts'},
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent'
  })
  const code = result.outputFiles[0]!.contents
  const gzip = gzipSync(code, {level: 9}).length / 1024
  const budget = budgets[label]
  const over = budget !== undefined && gzip > budget
  if (over) failed = true
  console.log(
    label.padEnd(40) +
      (code.length / 1024).toFixed(1).padStart(10) +
      gzip.toFixed(1).padStart(10) +
      (budget === undefined ? '' : `${budget}${over ? ' OVER' : ''}`).padStart(9)
  )
}

if (check && failed) {
  console.error('size: over budget')
  process.exitCode = 1
}
