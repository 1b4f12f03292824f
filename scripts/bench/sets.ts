/**
 * `digest()` against a bare `retext-english` parse on real, non-repeated
 * stories: the texts of the shared evaluation sets (`../shared/eval`), each
 * once. Interleaved rounds (parse all, digest all, then the other way
 * round), so a busy machine slows both alike; the median round's ratio is
 * the figure. Skipped, with a message, when the sets are absent.
 */
import {existsSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {digest} from '../../src/digest.js'
import {setData, setTexts} from './set-texts.js'
import {fixed} from './time.js'

const sets = ['summary/cnndm.jsonl', 'keyphrases/duc2001.jsonl', 'summary/bbc.jsonl']
const rounds = 5

/** ms to run `fn` on every text. */
function over(all: readonly string[], fn: (text: string) => unknown): number {
  const start = performance.now()
  for (const text of all) fn(text)
  return performance.now() - start
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export function runSets(): void {
  if (!existsSync(setData)) {
    console.log('\nsets: ../shared/eval is missing, no real stories to time')
    return
  }

  const bare = unified().use(retextEnglish)
  const parse = (text: string) => bare.parse(text)
  console.log(`\n${'set (each text once)'.padEnd(34)}${'parse ms'.padStart(10)}${'digest ms'.padStart(11)}${'× parse'.padStart(9)}`)
  for (const set of sets) {
    const all = setTexts(set)
    if (all.length === 0) continue
    // Warm both up on the set once.
    over(all, parse)
    over(all, digest)
    const parses: number[] = []
    const digests: number[] = []
    const ratios: number[] = []
    for (let round = 0; round < rounds; round++) {
      // Parse first in even rounds, last in odd ones.
      const parseFirst = round % 2 === 0 ? over(all, parse) : undefined
      const digestMs = over(all, digest)
      const parseMs = parseFirst ?? over(all, parse)
      parses.push(parseMs)
      digests.push(digestMs)
      ratios.push(digestMs / parseMs)
    }

    const name = `${set.split('/')[1]!.replace(/\.jsonl(\.gz)?$/, '')} (${all.length} texts)`
    console.log(`${name.padEnd(34)}${fixed(median(parses)).padStart(10)}${fixed(median(digests)).padStart(11)}${median(ratios).toFixed(2).padStart(9)}`)
  }
}
