/**
 * Hostile inputs, plain text and HTML: each shape’s digest against varied,
 * non-repeated ordinary input of the same size (`varied-text.ts`, and pages
 * built from it), for time and peak memory, each run in a child process (see
 * `shape-child.ts`). Goal: no shape over 3× the time or 2× the memory of
 * ordinary input, up to 10 MB.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {htmlShapes} from './html-shapes.js'
import {textShapes} from './text-shapes.js'
import {fixed} from './time.js'

interface Run {
  size: number
  ms: number
  peakMb: number
  baseMb: number
  error: string
}

type Kind = 'text' | 'html'

/** The fastest of `runs` runs (and its peak memory, the least of theirs): the machine may be busy with other work. */
function run(kind: Kind, name: string, size: number, runs: number): Run {
  let best: Run | undefined
  for (let index = 0; index < runs; index++) {
    const next = runOnce(kind, name, size)
    best = !best || next.error ? next : {...best, ms: Math.min(best.ms, next.ms), peakMb: Math.min(best.peakMb, next.peakMb)}
    if (next.error) break
  }

  return best!
}

function runOnce(kind: Kind, name: string, size: number): Run {
  const child = fileURLToPath(new URL('shape-child.ts', import.meta.url))
  try {
    const output = execFileSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', child, kind, name, String(size)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
    return JSON.parse(output) as Run
  } catch (caught) {
    return {size, ms: Number.NaN, peakMb: Number.NaN, baseMb: 0, error: `died: ${String(caught).split('\n')[0]!.slice(0, 60)}`}
  }
}

/** Memory over the process’s own before the input (Node and the modules). */
function grown(value: Run): number {
  return Math.max(1, value.peakMb - value.baseMb)
}

/** Print the table of one kind at one size. */
function table(kind: Kind, size: number, reference: string, names: readonly string[], runs: number): void {
  const title = `${kind === 'html' ? 'hostile HTML' : 'hostile text'}, ${(size / 1e6).toFixed(1)} MB`
  console.log(
    `\n${title.padEnd(24)}${'ms'.padStart(9)}${'ordinary'.padStart(10)}${'time'.padStart(8)}` +
      `${'MB'.padStart(7)}${'ordinary'.padStart(10)}${'memory'.padStart(8)}`
  )
  const base = run(kind, reference, size, runs)
  console.log(`${reference.padEnd(24)}${fixed(base.ms).padStart(9)}${''.padStart(18)}${grown(base).toFixed(0).padStart(7)}${base.error ? `  ${base.error}` : ''}`)
  for (const name of names) {
    if (name === reference) continue
    const shape = run(kind, name, size, runs)
    console.log(
      name.padEnd(24) +
        fixed(shape.ms).padStart(9) +
        fixed(base.ms).padStart(10) +
        `${(shape.ms / base.ms).toFixed(2)}×`.padStart(8) +
        grown(shape).toFixed(0).padStart(7) +
        grown(base).toFixed(0).padStart(10) +
        `${(grown(shape) / grown(base)).toFixed(2)}×`.padStart(8) +
        (shape.error ? `  ${shape.error}` : '')
    )
  }
}

/**
 * The hostile-input tables, plain text then HTML, at each of `sizes`
 * (characters), each figure the best of `runs` runs.
 */
export function runAdversarial(sizes: readonly number[] = [1_000_000], filter?: (name: string) => boolean, runs = 1): void {
  const chosen = (names: string[]) => (filter ? names.filter(filter) : names)
  for (const size of sizes) {
    table('text', size, 'ordinary text', chosen(Object.keys(textShapes)), runs)
    table('html', size, 'ordinary pages', chosen(Object.keys(htmlShapes)), runs)
  }
}
