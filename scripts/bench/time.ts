import {performance} from 'node:perf_hooks'

/** A size whose one call takes longer than this (ms) ends a series. */
export const budget = 60_000

/**
 * Mean ms per call of `fn`, after a warm-up as long as the measure (so the
 * JIT has optimised the hot paths: a digest keeps getting faster for its
 * first second or so), over at least three calls and `minimum` ms. A call
 * slower than the warm-up is only warmed once.
 */
export function time(fn: () => unknown, minimum = 1000): number {
  const warm = performance.now()
  do fn()
  while (performance.now() - warm < minimum)
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
