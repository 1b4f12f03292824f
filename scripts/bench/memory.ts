/**
 * Peak memory of a `digest()` of 10 MB of article text, measured in a child
 * process so the numbers are its own: real, non-repeated stories (the figure
 * that counts; goal: under 512 MB), and the bench article repeated.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

export function runMemory(): void {
  const child = fileURLToPath(new URL('memory-child.ts', import.meta.url))
  console.log('')
  const real = execFileSync(process.execPath, ['--import', 'tsx', child, 'real', 'write'], {encoding: 'utf8', maxBuffer: 64e6})
  const folder = mkdtempSync(join(tmpdir(), 'retext-article-memory-'))
  const saved = join(folder, 'real.txt')
  writeFileSync(saved, real)
  try {
    for (const [kind, file] of [['real', real === '' ? '' : saved], ['repeated', '']] as const) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', child, kind, ...(file ? [file] : [])], {encoding: 'utf8'})
      const {size, ms, peakMb, beforeMb, source} = JSON.parse(output) as {size: number; ms: number; peakMb: number; beforeMb: number; source: string}
      console.log(
        `memory: digest of ${(size / 1e6).toFixed(1)} MB of ${source} took ${(ms / 1000).toFixed(1)} s, ` +
          `peak RSS ${peakMb.toFixed(0)} MB (${beforeMb.toFixed(0)} MB before the digest)`
      )
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
