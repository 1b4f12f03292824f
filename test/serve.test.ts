/**
 * The playground's server (`npm run playground`) serves the playground and
 * the built browser bundle, and nothing else of the repository: requests
 * are sent with their path as written (no client-side URL clean-up), so
 * encoded traversals reach the server as an attacker would send them.
 */
import {request} from 'node:http'
import type {Server} from 'node:http'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: plain JavaScript helper without types.
import {allowedPath, missingBundleMessage, serve} from '../scripts/serve.mjs'

interface Reply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

/** GET `path` exactly as written. */
function get(server: Server, path: string, method = 'GET'): Promise<Reply> {
  const {port} = server.address() as AddressInfo
  return new Promise((resolve, reject) => {
    const outgoing = request({host: '127.0.0.1', port, path, method}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, body, headers: response.headers}))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

function close(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()))
}

/** A repository of its own: the playground, a bundle, and files that must never be served. */
async function fakeRepository(withBundle: boolean): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'serve-test-'))
  await mkdir(join(root, 'examples', 'playground', 'samples'), {recursive: true})
  await mkdir(join(root, '.git'), {recursive: true})
  await mkdir(join(root, 'src'), {recursive: true})
  await writeFile(join(root, 'examples', 'playground', 'index.html'), '<!doctype html><title>Playground page</title>')
  await writeFile(join(root, 'examples', 'playground', 'samples', 'story.txt'), 'A sample story.')
  await writeFile(join(root, 'examples', 'playground', '.secret'), 'SECRET-DOTFILE')
  await writeFile(join(root, 'examples', 'article.txt'), 'NOT-A-PLAYGROUND-FILE')
  await writeFile(join(root, '.git', 'config'), 'SECRET-GIT-CONFIG')
  await writeFile(join(root, 'package.json'), '{"name": "SECRET-PACKAGE"}')
  await writeFile(join(root, 'src', 'index.ts'), 'export const secret = "SECRET-SOURCE"')
  if (withBundle) {
    await mkdir(join(root, 'dist', 'browser'), {recursive: true})
    await writeFile(join(root, 'dist', 'browser', 'retext-article.js'), 'export const bundle = "BUNDLE"')
  }

  return root
}

const forbidden = [
  '/.git/config',
  '/.git/',
  '/package.json',
  '/src/index.ts',
  '/examples/article.txt',
  '/examples/playground/.secret',
  '/examples/playground/%2esecret',
  '/%2e%2e/',
  '/%2e%2e/package.json',
  '/%2E%2E/%2E%2E/etc/passwd',
  '/examples/playground/%2e%2e/%2e%2e/package.json',
  '/examples/playground/..%2f..%2fpackage.json',
  '/examples/playground/%2e%2e%2f%2e%2e%2fsrc%2findex.ts',
  '/examples/playground/..%5c..%5cpackage.json',
  '/dist/browser/%2e%2e/%2e%2e/.git/config',
  '/dist/browser/..%2F..%2F.git%2Fconfig',
  '/examples/playground/index.html%00.js',
  '/examples/playground/%E0%A4%A',
  '//package.json',
  '/examples/playgroundx/index.html',
  '/dist/index.js'
]

describe('the playground server', () => {
  let server: Server
  let bare: Server
  let root = ''
  let bareRoot = ''

  beforeAll(async () => {
    root = await fakeRepository(true)
    bareRoot = await fakeRepository(false)
    server = (await serve(0, {root})) as Server
    bare = (await serve(0, {root: bareRoot})) as Server
  })

  afterAll(async () => {
    await close(server)
    await close(bare)
    await rm(root, {recursive: true, force: true})
    await rm(bareRoot, {recursive: true, force: true})
  })

  it('sends / to the playground', async () => {
    const reply = await get(server, '/')
    expect(reply.status).toBe(302)
    expect(reply.headers.location).toBe('/examples/playground/')
  })

  it('serves the playground, its samples and the bundle', async () => {
    const page = await get(server, '/examples/playground/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body).toContain('Playground page')
    expect((await get(server, '/examples/playground/index.html')).body).toContain('Playground page')
    expect((await get(server, '/examples/playground/samples/story.txt')).body).toBe('A sample story.')
    const bundle = await get(server, '/dist/browser/retext-article.js')
    expect(bundle.status).toBe(200)
    expect(bundle.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(bundle.body).toContain('BUNDLE')
  })

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await get(server, '/examples/playground/', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect((await get(server, '/examples/playground/', 'POST')).status).toBe(405)
  })

  it.each(forbidden)('does not serve %s', async (path) => {
    const reply = await get(server, path)
    expect(reply.status === 404 || reply.status === 302).toBe(true)
    expect(reply.body).not.toMatch(/SECRET|NOT-A-PLAYGROUND|root:/)
    if (reply.status === 302) expect(reply.headers.location).toBe('/examples/playground/')
  })

  it('says in plain words that the bundle needs a build when it is missing', async () => {
    const reply = await get(bare, '/dist/browser/retext-article.js')
    expect(reply.status).toBe(404)
    expect(reply.body).toBe(missingBundleMessage)
    expect(reply.body).toContain('npm run build')
    expect((await get(bare, '/examples/playground/')).status).toBe(200)
  })

  it('serves the real playground from this repository', async () => {
    const real = (await serve(0)) as Server
    try {
      const page = await get(real, '/examples/playground/')
      expect(page.status).toBe(200)
      expect(page.body).toContain('retext-article playground')
      const config = await get(real, '/.git/config')
      expect(config.status).toBe(404)
      const pkg = await get(real, '/package.json')
      expect(pkg.status).toBe(404)
      expect(pkg.body).not.toContain('devDependencies')
    } finally {
      await close(real)
    }
  })
})

describe('allowedPath', () => {
  it('maps allowed paths and rejects the rest', () => {
    expect(allowedPath('/examples/playground/')).toBe('/examples/playground/index.html')
    expect(allowedPath('/dist/browser/retext-article.js')).toBe('/dist/browser/retext-article.js')
    expect(allowedPath('/examples/playground/a/../index.html')).toBeUndefined()
    expect(allowedPath('/examples/playground/./index.html')).toBeUndefined()
    expect(allowedPath('/examples/playground//index.html')).toBeUndefined()
    expect(allowedPath('/package.json')).toBeUndefined()
    expect(allowedPath('/%zz')).toBeUndefined()
  })
})
