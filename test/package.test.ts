/**
 * The package as published: what `npm pack` ships, and what `require()` and
 * `import` of the built files give (skipped, with a note, before a build).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'

const root = new URL('../', import.meta.url)
const built = existsSync(new URL('dist/index.cjs', root))
if (!built) console.warn('package.test: dist/ not built, skipping the checks of built files')

describe('package', () => {
  it('ships only dist, the bin shim, README, licence, changelog and package.json', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'})
    const [pack] = JSON.parse(output) as Array<{files: Array<{path: string}>}>
    const others = pack!.files.map((d) => d.path).filter((d) => !d.startsWith('dist/'))
    expect(others.sort()).toEqual(['CHANGELOG.md', 'README.md', 'bin/retext-article.js', 'license', 'package.json'])
  })

  it('installs no part-of-speech lexicon: `retext-pos` is an optional peer, for the keywords-pos subpath only', () => {
    type Manifest = {
      dependencies?: Record<string, string>
      peerDependencies?: Record<string, string>
      peerDependenciesMeta?: Record<string, {optional?: boolean}>
    }
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as Manifest
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('retext-pos')
    expect(pkg.peerDependencies?.['retext-pos']).toBeTruthy()
    expect(pkg.peerDependenciesMeta?.['retext-pos']?.optional).toBe(true)
    // The lockfile holds `pos` for the tests only.
    const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {packages: Record<string, {dev?: boolean}>}
    expect(lock.packages['node_modules/pos']?.dev).toBe(true)
  })

  it('leaves the queue example’s stack to the example’s own package', () => {
    type Manifest = {dependencies?: Record<string, string>; devDependencies?: Record<string, string>; private?: boolean}
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as Manifest
    const lock = readFileSync(new URL('package-lock.json', root), 'utf8')
    const example = JSON.parse(readFileSync(new URL('examples/queue/package.json', root), 'utf8')) as Manifest
    for (const name of ['bullmq', 'ioredis']) {
      expect(Object.keys({...pkg.dependencies, ...pkg.devDependencies})).not.toContain(name)
      expect(lock).not.toContain(`"node_modules/${name}"`)
      expect(Object.keys(example.dependencies ?? {})).toContain(name)
    }

    expect(example.private).toBe(true)
    expect(existsSync(new URL('examples/queue/package-lock.json', root))).toBe(true)
  })

  it('has a version, types first in every export condition, no side effects', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      version: string
      sideEffects: boolean
      exports: Record<string, unknown>
    }
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(pkg.sideEffects).toBe(false)
    for (const [subpath, conditions] of Object.entries(pkg.exports)) {
      if (typeof conditions === 'string') continue
      for (const condition of Object.values(conditions as Record<string, unknown>)) {
        if (typeof condition === 'object' && condition) expect(Object.keys(condition)[0], subpath).toBe('types')
      }

      expect(Object.keys(conditions as object)[0] === 'types' || 'import' in (conditions as object), subpath).toBe(true)
    }
  })

  it.skipIf(!built)('require() returns the named exports, no `.default`', () => {
    const require = createRequire(new URL('package.json', root))
    const cjs = require('./dist/index.cjs') as Record<string, unknown>
    expect(typeof cjs.digest).toBe('function')
    expect(cjs.default).toBeUndefined()
    const digest = cjs.digest as (text: string) => {headline: string | null}
    expect(digest('Pier Plan Approved\nThe council approved the pier plan on Monday.').headline).toBe('Pier Plan Approved')
  })
})
