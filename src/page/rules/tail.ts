/**
 * `after-signoff`: short lines after the sign-off that ends the story (a
 * contact line, “Reporting by …”, an end mark). What a page prints there is
 * its own furniture — subscription offers broken over several lines, app and
 * e-paper links, slogans — in wordings no list of cues can foresee, while the
 * story is over. Sentences are kept: a correction or an editor’s note can
 * follow the sign-off.
 *
 * The rule only looks at the line; where the sign-off is, is the job of
 * `locate-story.ts`, and the plugin asks this rule only about lines after it.
 */
import type {Line} from './line.js'
import type {BoilerplateRule} from './rule.js'

/** Most words of a tail line. */
const tailWords = 15

export const afterSignoff: BoilerplateRule = Object.freeze({
  id: 'after-signoff',
  reason: 'Unexpected text after the sign-off, expected the story to have ended',
  maxLength: 120,
  where: 'after-signoff',
  test: (line: Line) => !line.sentence && line.words <= tailWords
})
