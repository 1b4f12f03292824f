/**
 * Floors of `npm run eval -- --check` (`scripts/eval-floors.json`): each key
 * is a figure, each value either an absolute floor or a floor relative to
 * another figure of the same run, so that a system is held against its
 * baseline as measured beside it:
 *
 *   {
 *     "entities.conll2003-dev.f1": 65,
 *     "summary.cnndm.r1": {"of": "summary.cnndm.lead3.r1", "minus": 0.5},
 *     "boilerplate.aeb-html.empty": {"max": 0}
 *   }
 *
 * `{max}` is a ceiling, for counts that must stay low (pages left empty).
 */

/**
 * A floor: a number, or `{of, minus}`: figure `of` of the same run, less
 * `minus` (default 0); or a ceiling `{max}`.
 */
export type Floor = number | {of: string; minus?: number} | {max: number}

/**
 * Check each figure against its floor; returns the problems, one line each.
 * `selected` tells whether a figure’s set was run (floors of other sets are
 * skipped).
 */
export function checkFloors(
  floors: Readonly<Record<string, Floor>>,
  figures: Readonly<Record<string, number>>,
  selected: (key: string) => boolean
): string[] {
  const problems: string[] = []
  for (const [key, floor] of Object.entries(floors)) {
    if (!selected(key)) continue
    const value = figures[key]
    if (typeof floor === 'object' && 'max' in floor) {
      if (value === undefined) problems.push(`${key}: not measured (ceiling ${floor.max})`)
      else if (value > floor.max) problems.push(`${key}: ${value} is above its ceiling ${floor.max}`)
      continue
    }

    const bound = typeof floor === 'number' ? floor : relative(floor, figures)
    const label = typeof floor === 'number' ? String(floor) : `${floor.of} − ${floor.minus ?? 0}`
    if (value === undefined) problems.push(`${key}: not measured (floor ${label})`)
    else if (bound === undefined) problems.push(`${key}: its floor ${label} was not measured`)
    else if (value < bound) {
      problems.push(`${key}: ${value.toFixed(2)} is below its floor ${label}` + (typeof floor === 'number' ? '' : ` = ${bound.toFixed(2)}`))
    }
  }

  return problems
}

function relative(floor: {of: string; minus?: number}, figures: Readonly<Record<string, number>>): number | undefined {
  const base = figures[floor.of]
  return base === undefined ? undefined : base - (floor.minus ?? 0)
}
