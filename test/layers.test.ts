/**
 * The layers of `src/` (see the README’s architecture): a folder imports
 * only folders below it, so no two folders import each other, however far
 * round; `structure/` and `boilerplate/` both stand on `page/` and never
 * import each other; the analyses never import each other; the lexicon
 * knows nothing of trees. Type-only imports count too.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../src/', import.meta.url))

function filesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesIn(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** The folder of `src/` a file is in (`.` for files at the top). */
function folderOf(path: string): string {
  const parts = relative(root, path).split('/')
  return parts.length > 1 ? parts[0]! : '.'
}

/** Folder → folders it imports from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  const specifier = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]/gm
  for (const file of filesIn(root)) {
    const from = folderOf(file)
    for (const match of readFileSync(file, 'utf8').matchAll(specifier)) {
      const to = folderOf(resolve(dirname(file), match[1]!))
      if (to === from || to === '.') continue
      if (!graph.has(from)) graph.set(from, new Set())
      graph.get(from)!.add(to)
    }
  }

  return graph
}

/** Every cycle of folders, as `a → b → a`. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found: string[] = []
  const done = new Set<string>()
  const path: string[] = []
  function visit(node: string): void {
    const at = path.indexOf(node)
    if (at !== -1) {
      found.push([...path.slice(at), node].join(' → '))
      return
    }

    if (done.has(node)) return
    path.push(node)
    for (const next of graph.get(node) ?? []) visit(next)
    path.pop()
    done.add(node)
  }

  for (const node of graph.keys()) visit(node)
  return found
}

describe('layers of src/', () => {
  const graph = folderGraph()
  const imports = (from: string) => [...(graph.get(from) ?? [])]

  it('reads the imports (the graph is not empty)', () => {
    expect(imports('boilerplate')).toContain('page')
    expect(imports('structure')).toContain('page')
  })

  it('has no import loop between folders', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('keeps structure and boilerplate apart, both on the page layer', () => {
    expect(imports('structure')).not.toContain('boilerplate')
    expect(imports('boilerplate')).not.toContain('structure')
    expect(imports('page')).not.toContain('boilerplate')
    expect(imports('page')).not.toContain('structure')
  })

  it('keeps the analyses apart, and the lexicon off the trees', () => {
    const analyses = ['keywords', 'summary', 'entities', 'quotes', 'figures']
    for (const analysis of analyses) {
      expect(imports(analysis).filter((d) => analyses.includes(d)), analysis).toEqual([])
    }

    expect(imports('lexicon')).not.toContain('nlcst')
  })
})
