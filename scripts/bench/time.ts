import {performance} from 'node:perf_hooks'

/** A size whose one call takes longer than this (ms) ends a series. */
export const budget = 60_000

/**
 * Mean ms per call of `fn`, after a warm-up, over at least three calls and
 * `minimum` ms.
 */
export function time(fn: () => unknown, minimum = 1000): number {
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

/** Milliseconds with two decimals under 10, one above. */
export function fixed(value: number): string {
  return value.toFixed(value < 10 ? 2 : 1)
}
