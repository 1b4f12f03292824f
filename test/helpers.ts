/**
 * Test helpers: run plugins on a text the way a user would.
 */
import type {Root} from 'nlcst'
import type {PluggableList} from 'unified'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {retextArticleEnglish} from '../src/parser/index.js'
import type {Digest} from '../src/types.js'

/** Parse `text` with `retextArticleEnglish`, run `plugins`, return the file and tree. */
export function run(text: string, plugins: PluggableList): {file: VFile; tree: Root} {
  const processor = unified().use(retextArticleEnglish).use(plugins)
  const file = new VFile(text)
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  return {file, tree}
}

/** Every part of a digest that carries its text and its offsets into the input. */
export function spansOf(result: Digest): Array<{text: string; start: number; end: number}> {
  return [
    ...(result.dateline ? [result.dateline] : []),
    ...result.boilerplate,
    ...result.summary,
    ...result.quotes,
    ...result.figures,
    ...result.dates
  ]
}
