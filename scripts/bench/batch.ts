/**
 * Articles per second of the built CLI’s JSON Lines mode with one worker and
 * with one per core (`npm run build` first), on enough articles that worker
 * start-up does not dominate.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'

export function runBatch(article: string, count = 2000): void {
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
  if (!existsSync(cli)) {
    console.log('\nbatch: skipped, no dist/cli.js (npm run build)')
    return
  }

  const dir = mkdtempSync(join(tmpdir(), 'retext-article-bench-'))
  const input = join(dir, 'in.jsonl')
  writeFileSync(input, Array.from({length: count}, (_, id) => JSON.stringify({id, text: article})).join('\n') + '\n')
  const cores = availableParallelism()
  console.log(`\n${'CLI --jsonl'.padEnd(26)}${'articles/s'.padStart(12)}${'× 1 worker'.padStart(12)}`)
  let single = 0
  for (const concurrency of [...new Set([1, cores])]) {
    const start = performance.now()
    execFileSync(process.execPath, [cli, '--jsonl', '--concurrency', String(concurrency), input], {maxBuffer: 1 << 30})
    const rate = count / ((performance.now() - start) / 1000)
    if (concurrency === 1) single = rate
    console.log(`${`--concurrency ${concurrency}`.padEnd(26)}${rate.toFixed(0).padStart(12)}${(rate / single).toFixed(2).padStart(12)}`)
  }

  rmSync(dir, {recursive: true, force: true})
}
