/**
 * Nouns too vague to name what a story is about on their own: measures of
 * time and amount, people in general, the parts of speech of reporting
 * (`statement`, `spokesman`). A keyphrase may hold them (`fire season`), but
 * seldom is one, and seldom starts with one (`percent eclipse`). Lower case.
 */
const list =
  'year years month months week weeks day days hour hours minute minutes second seconds time times moment period decade decades century ' +
  'morning afternoon evening night nights weekend today yesterday tomorrow tonight ' +
  'percent per cent number numbers amount lot lots total half third quarter dozen part parts rest majority ' +
  'people person persons man men woman women thing things way ways kind sort type lack ' +
  'official officials spokesman spokeswoman spokesperson source sources statement statements report reports comment comments interview ' +
  'fact case cases example instance matter issue issues question questions point points reason reasons result results end side place area areas ' +
  'group groups member members level levels effort efforts move step steps use'

/** The list. */
export const vagueNouns: ReadonlySet<string> = new Set(list.split(' '))

/**
 * Nouns that name a kind of thing every story has, not what this one is
 * about (`company`, `city`, `operator`): fine in a phrase, and in front of
 * one (`city council`), but no topic alone. Lower case.
 */
const generalList =
  'company companies firm firms city cities town state states country countries nation government office offices home house family families ' +
  'world life lives work job jobs plan plans operator operators service services system systems change changes right rights view views front ' +
  'news story stories deal deals decision decisions future past problem problems situation support plan process project projects ' +
  'authority authorities organisation organization agency industry market markets business businesses sector ' +
  'workers worker passengers passenger residents resident customers customer users user voters voter visitors visitor ' +
  'students student patients patient staff employees employee experts expert analysts analyst critics critic figures figure ' +
  'reporters reporter journalists journalist'

/** The list. */
export const generalNouns: ReadonlySet<string> = new Set(generalList.split(' '))
