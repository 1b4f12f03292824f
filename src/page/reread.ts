/**
 * Where the boilerplate plugin asks the structure plugin that read a file
 * to read again what `body` keeps (issue 17, defect 8): the structure plugin
 * leaves a reader for each file it reads, kept as long as the file.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

const readers = new WeakMap<VFile, (tree: Root) => void>()

/** Leave the reader of `file` (the structure plugin does). */
export function leaveBodyReader(file: VFile, read: (tree: Root) => void): void {
  readers.set(file, read)
}

/** Read again what `body` keeps, when the structure plugin read `file` (the boilerplate plugin calls it last). */
export function readBodyAgainAfterBoilerplate(tree: Root, file: VFile): void {
  readers.get(file)?.(tree)
}
