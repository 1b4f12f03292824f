/**
 * `npm run bench:cold` (after `npm run build`): what the first call costs.
 * Each round is a fresh `node` process that imports the built package
 * (`dist/index.js`), digests examples/article.txt once (cold: import, first
 * compile of every code path, lexicons built), then 300 more times: the
 * next ten are still warming up (V8 compiles hot code in tiers), the last
 * hundred are the steady state.
 * The CLI round runs `node dist/cli.js examples/article.txt` and times the
 * whole process. Medians of 7 rounds; the machine is printed with them.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {cpus, loadavg, totalmem} from 'node:os'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const rounds = 7
if (!existsSync(new URL('../../dist/index.js', import.meta.url))) {
  console.error('bench:cold: dist/ is missing: run `npm run build` first')
  process.exit(1)
}

// Runs in the child: times since the process started (performance.timeOrigin).
const child = `
const started = performance.now()
const {readFileSync} = await import('node:fs')
const text = readFileSync('examples/article.txt', 'utf8')
const {digest} = await import('./dist/index.js')
const imported = performance.now()
digest(text)
const first = performance.now()
const times = []
for (let index = 0; index < 300; index++) {
  const start = performance.now()
  digest(text)
  times.push(performance.now() - start)
}
const middle = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
console.log(JSON.stringify({
  boot: started,
  importMs: imported - started,
  firstMs: first - imported,
  toFirstMs: first,
  earlyMs: middle(times.slice(0, 10)),
  steadyMs: middle(times.slice(200))
}))
`

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const runs = []
for (let index = 0; index < rounds; index++) {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', child], {cwd: root, encoding: 'utf8'})
  runs.push(JSON.parse(output))
}

const cli = []
for (let index = 0; index < rounds; index++) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['dist/cli.js', 'examples/article.txt'], {cwd: root, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`bench:cold: the CLI failed: ${result.stderr}`)
  cli.push(Number(process.hrtime.bigint() - start) / 1e6)
}

const bare = []
for (let index = 0; index < rounds; index++) {
  const start = process.hrtime.bigint()
  execFileSync(process.execPath, ['-e', ''])
  bare.push(Number(process.hrtime.bigint() - start) / 1e6)
}

const cpu = cpus()
console.log(
  `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`
)
console.log(`examples/article.txt, medians of ${rounds} fresh processes:`)
const fixed = (value) => value.toFixed(1).padStart(7)
console.log(`  node start to script        ${fixed(median(runs.map((d) => d.boot)))} ms`)
console.log(`  import retext-article       ${fixed(median(runs.map((d) => d.importMs)))} ms`)
console.log(`  first digest() after import ${fixed(median(runs.map((d) => d.firstMs)))} ms`)
console.log(`  process start to 1st digest ${fixed(median(runs.map((d) => d.toFirstMs)))} ms`)
console.log(`  digests 2–11 (warming up)   ${fixed(median(runs.map((d) => d.earlyMs)))} ms each`)
console.log(`  digests 202–301 (warm)      ${fixed(median(runs.map((d) => d.steadyMs)))} ms each`)
console.log(`  CLI, whole process          ${fixed(median(cli))} ms (a bare \`node -e ''\`: ${median(bare).toFixed(1)} ms)`)
