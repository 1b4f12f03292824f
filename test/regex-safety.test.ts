/**
 * Regular expressions must not backtrack catastrophically. Every regex
 * literal in `src/` is (1) checked for an unbounded quantifier over a group
 * that holds one (the shape of `(a+)+`), where only reviewed cases may stand,
 * each with the reason it is linear, and (2) run on long hostile strings (the
 * test timeout is the guard: no timing assertions).
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../src', import.meta.url))

/** Reviewed nested quantifiers: file and the group, with why each is linear. */
const reviewed: Record<string, string> = {
  'page/rules/contact.ts :: (?:\\.[\\w-]+)+':
    'each repetition starts with a literal dot the inner class cannot match',
  'page/rules/legal.ts :: (?:\\s*(?:&|and|,)\\s*(?:reprints?|permissions?|licensing))*':
    'each repetition needs a literal separator and a literal word',
  "page/rules/promo.ts :: (?:\\s*(?:&|and|\\+|\\/|,|\\|)\\s*(?:[\\p{L}\\p{N}.'’-]+\\s+)?(?:apps?|website|web|e-?paper|print|digital|mobile|podcasts?|newsletters?))+":
    'each repetition needs a separator and ends on a literal keyword; lines are capped in length',
  "quotes/attribution.ts :: (?:\\p{Lu}[\\p{L}.’'-]*\\s+)*":
    'each repetition ends in white space the word class cannot match'
}

interface Literal {
  file: string
  source: string
  flags: string
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Regex literals of the sources (a scanner good enough for this code base). */
function literals(): Literal[] {
  const found: Literal[] = []
  const literal = /(?<=[=(,:!&|?{;]\s*|^\s*|return\s+)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuvy]*)/gm
  for (const path of files(root)) {
    const text = readFileSync(path, 'utf8')
    for (const match of text.matchAll(literal)) {
      try {
        new RegExp(match[1]!, match[2])
        found.push({file: relative(root, path), source: match[1]!, flags: match[2]!})
      } catch {
        // Not a regex after all (a division, a path in a comment).
      }
    }
  }

  return found
}

/** Groups with an unbounded quantifier that contain an unbounded quantifier. */
function nestedQuantifiers(source: string): string[] {
  const result: string[] = []
  const opens: number[] = []
  for (let index = 0; index < source.length; index++) {
    const char = source[index]
    if (char === '\\') {
      index++
    } else if (char === '[') {
      while (index < source.length && source[index] !== ']') index += source[index] === '\\' ? 2 : 1
    } else if (char === '(') {
      opens.push(index)
    } else if (char === ')') {
      const open = opens.pop() ?? 0
      const after = source.slice(index + 1)
      const quantifier = /^(?:[+*]|\{\d+,\})/.exec(after)
      const inner = source.slice(open + 1, index).replace(/\\./g, 'x').replace(/\[(?:\\.|[^\]])*\]/g, 'c')
      if (quantifier && /[+*]|\{\d+,\}/.test(inner)) result.push(source.slice(open, index + 1 + quantifier[0].length))
    }
  }

  return result
}

const hostile = [
  'a'.repeat(20_000),
  ' '.repeat(20_000),
  'A a '.repeat(5000),
  'Aa.'.repeat(7000),
  'a@b.'.repeat(5000),
  '“a ” '.repeat(4000),
  '12,3'.repeat(5000),
  'Ab & '.repeat(4000) + '!'
]

describe('regular expressions', () => {
  const all = literals()

  it('finds the regex literals of the sources', () => {
    expect(all.length).toBeGreaterThan(100)
  })

  it('nests unbounded quantifiers only where reviewed', () => {
    const nested = all.flatMap((d) => nestedQuantifiers(d.source).map((group) => `${d.file} :: ${group}`))
    expect(nested.filter((d) => !Object.hasOwn(reviewed, d))).toEqual([])
  })

  it('runs every literal on long hostile strings', () => {
    // The runner’s timeout catches a literal that backtracks; what is asserted
    // is that every literal ran on every string, that the strings reach into
    // the expressions (many match), and that each answer is a real one (the
    // first match found again by `exec` from where `search` found it).
    let runs = 0
    let matched = 0
    for (const {source, flags} of all) {
      const expression = new RegExp(source, flags.replace(/[gy]/g, ''))
      for (const text of hostile) {
        const at = text.search(expression)
        runs++
        if (at === -1) continue
        matched++
        const match = expression.exec(text)
        expect(match?.index).toBe(at)
      }
    }

    expect(runs).toBe(all.length * hostile.length)
    expect(matched).toBeGreaterThan(all.length / 4)
  })
})
