/**
 * Binary search over ascending offsets, shared by the position helpers.
 */

/** Index of the last of the ascending `values` at or before `value` (0 when none is). */
export function lastAtOrBefore(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (values[middle]! <= value) low = middle
    else high = middle - 1
  }

  return low
}
