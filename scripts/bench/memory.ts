/**
 * Peak memory of a `digest()` of 10 MB of article text, measured in a child
 * process so the numbers are its own.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

export function runMemory(): void {
  const child = fileURLToPath(new URL('memory-child.ts', import.meta.url))
  const output = execFileSync(process.execPath, ['--import', 'tsx', child], {encoding: 'utf8'})
  const {size, ms, peakMb} = JSON.parse(output) as {size: number; ms: number; peakMb: number}
  console.log(`\nmemory: digest of ${(size / 1e6).toFixed(1)} MB took ${(ms / 1000).toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB`)
}
