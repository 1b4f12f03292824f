/**
 * Hostile inputs: each must finish in time proportional to its size. Each
 * is timed against an ordinary article of the same size (the article
 * repeated), and the ratio printed (the goal: none over 20×).
 */
import {performance} from 'node:perf_hooks'
import {digest} from '../../src/digest.js'
import {fixed} from './time.js'

/** Hostile inputs by name, built lazily (some are large). */
const inputs: Record<string, () => string> = {
  '10 MB of one character': () => 'a'.repeat(10_000_000),
  '10 MB of full stops': () => '.'.repeat(10_000_000),
  '100,000 “Subscribe” lines': () => 'Subscribe\n'.repeat(100_000),
  '1 MB line without spaces': () => 'ab.cd,'.repeat(170_000),
  '50,000 nested quotes': () => '\u201C"'.repeat(50_000) + 'x' + '"\u201D'.repeat(50_000),
  '50,000 nested brackets': () => '(['.repeat(50_000) + 'x' + '])'.repeat(50_000),
  '10,000 e-mail addresses': () =>
    Array.from({length: 10_000}, (_, index) => `Write to Jo Roe at jo.roe${index}@paper.example`).join('\n'),
  '1 MB of binary junk': () => {
    let value = ''
    let seed = 7
    while (value.length < 1_000_000) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      value += String.fromCharCode(seed % 0xff_ff)
    }

    return value
  }
}

export function runAdversarial(article: string): void {
  console.log(`\n${'hostile input'.padEnd(28)}${'size'.padStart(10)}${'ms'.padStart(10)}${'ordinary ms'.padStart(13)}${'ratio'.padStart(8)}`)
  const ordinaryCache = new Map<number, number>()
  for (const [name, make] of Object.entries(inputs)) {
    const text = make()
    const ms = once(() => digest(text))
    // Ordinary text of the same size, rounded to whole articles.
    const copies = Math.max(1, Math.round(text.length / article.length))
    let ordinary = ordinaryCache.get(copies)
    if (ordinary === undefined) {
      const same = Array.from({length: copies}, () => article).join('\n')
      ordinary = once(() => digest(same))
      ordinaryCache.set(copies, ordinary)
    }

    console.log(
      name.padEnd(28) +
        `${(text.length / 1024).toFixed(0)} KB`.padStart(10) +
        fixed(ms).padStart(10) +
        fixed(ordinary).padStart(13) +
        `${(ms / ordinary).toFixed(2)}×`.padStart(8)
    )
  }
}

function once(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}
