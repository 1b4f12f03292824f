/**
 * The `referenceDate` option, shared by the figures plugin and `digest()`.
 */
import {dayOf, type Day} from './calendar-math.js'

/**
 * The day of a `referenceDate` option, checked: a valid day as `YYYY-MM-DD`.
 *
 * @throws {TypeError} Naming `owner` when it is not.
 */
export function checkReferenceDate(owner: string, value: string | null | undefined): Day | undefined {
  if (value === null || value === undefined) return undefined
  const day = dayOf(value)
  if (!day || value.length !== 10) {
    throw new TypeError(`${owner}: expected \`referenceDate\` to be a day as \`YYYY-MM-DD\`, not \`${value.slice(0, 40)}\``)
  }

  return day
}
