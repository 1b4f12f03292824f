/**
 * Hostile HTML: each shape’s `digestHtml` against ordinary pages of the same
 * size (invented, nothing repeated), for time and peak memory, each run in a
 * child process (see `html-child.ts`). Goal: no shape over 3× the time or 2×
 * the memory of ordinary pages.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {fixed} from './time.js'
import {htmlShapes} from './html-shapes.js'

interface Run {
  size: number
  ms: number
  peakMb: number
  baseMb: number
  error: string
}

function run(name: string, size: number): Run {
  const child = fileURLToPath(new URL('html-child.ts', import.meta.url))
  const output = execFileSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', child, name, String(size)], {
    encoding: 'utf8'
  })
  return JSON.parse(output) as Run
}

export function runAdversarialHtml(size = 1_000_000): void {
  console.log(
    `\n${'hostile HTML'.padEnd(22)}${'size'.padStart(9)}${'ms'.padStart(9)}${'ordinary'.padStart(10)}${'time'.padStart(7)}` +
      `${'MB'.padStart(7)}${'ordinary'.padStart(10)}${'memory'.padStart(8)}`
  )
  const reference = run('ordinary pages', size)
  for (const name of Object.keys(htmlShapes)) {
    if (name === 'ordinary pages') continue
    const shape = run(name, size)
    // Memory over the process’s own before the page (Node and the modules).
    const grown = (value: Run) => Math.max(1, value.peakMb - value.baseMb)
    console.log(
      name.padEnd(22) +
        `${(shape.size / 1024).toFixed(0)} KB`.padStart(9) +
        fixed(shape.ms).padStart(9) +
        fixed(reference.ms).padStart(10) +
        `${(shape.ms / reference.ms).toFixed(2)}×`.padStart(7) +
        grown(shape).toFixed(0).padStart(7) +
        grown(reference).toFixed(0).padStart(10) +
        `${(grown(shape) / grown(reference)).toFixed(2)}×`.padStart(8) +
        (shape.error ? `  ${shape.error}` : '')
    )
  }
}
