/**
 * Names of the months and weekdays with their abbreviations, lower case and
 * without a full stop: capitalised words that are no names (`titles.ts`),
 * and the words of a page’s timestamp line (the `timestamp` boilerplate rule).
 */
export const calendarWords =
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'
