/**
 * Names written in capitals for emphasis (`BERGEN`, `NEW YORK`, `O'NEILL`),
 * given back in title case, as datelines and entities report them.
 */

const wordStart = /(^|[\s.'\u2019-])(\p{Ll})/gu

/** `value` in title case: lower case, each word's first letter (after a space, `.`, `'` or `-`) a capital. */
export function titleCase(value: string): string {
  return value.toLowerCase().replace(wordStart, (_, before: string, letter: string) => before + letter.toUpperCase())
}
