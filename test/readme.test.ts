/**
 * Every `js` example in the README runs, and where the README shows what it
 * prints (a `txt` block right after it, introduced by “Yields:”), it prints
 * exactly that. So the docs cannot drift from the code.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {afterAll, describe, expect, it, vi} from 'vitest'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const folder = new URL('../test-output/readme/', import.meta.url)

interface Example {
  code: string
  output: string | undefined
  line: number
}

function examples(): Example[] {
  const result: Example[] = []
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm
  const blocks = [...readme.matchAll(fence)].map((match) => ({
    lang: match[1],
    body: match[2]!,
    start: match.index,
    end: match.index + match[0].length
  }))
  for (const [index, block] of blocks.entries()) {
    if (block.lang !== 'js') continue
    const next = blocks[index + 1]
    const between = next ? readme.slice(block.end, next.start) : ''
    const output = next?.lang === 'txt' && /Yields:\s*$/.test(between.trim() + '\n') ? next.body : undefined
    result.push({code: block.body, output, line: readme.slice(0, block.start).split('\n').length})
  }

  return result
}

describe('README examples', () => {
  mkdirSync(folder, {recursive: true})
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  for (const [index, example] of examples().entries()) {
    it(`example at line ${example.line} runs${example.output ? ' and prints what the README says' : ''}`, async () => {
      const file = new URL(`example-${index}.mjs`, folder)
      writeFileSync(file, example.code)
      const printed: string[] = []
      const log = vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
        printed.push(values.map((d) => (typeof d === 'string' ? d : JSON.stringify(d, null, 2))).join(' '))
      })
      const error = vi.spyOn(console, 'error').mockImplementation((...values: unknown[]) => {
        printed.push(values.map(String).join(' '))
      })
      try {
        await import(/* @vite-ignore */ file.href)
      } finally {
        log.mockRestore()
        error.mockRestore()
      }

      if (example.output !== undefined) expect(printed.join('\n') + '\n').toBe(example.output)
    })
  }

  it('has examples', () => {
    expect(examples().length).toBeGreaterThan(1)
  })
})

describe('examples', () => {
  it('import the package by its name, so they can be copied', () => {
    const root = new URL('../examples/', import.meta.url)
    for (const name of ['run.ts', 'compose.ts']) {
      const source = readFileSync(new URL(name, root), 'utf8')
      expect(source, name).toMatch(/from 'retext-article'/)
      expect(source, name).not.toMatch(/from '\.\.\/src\//)
    }
  })
})
