/**
 * `npm run playground`: serve the playground (examples/playground/) and the
 * built browser bundle (dist/browser/, from `npm run build`) on 127.0.0.1.
 * Nothing else of the repository is served: every other path is a 404.
 * PORT sets the port (default 5173; 0 picks a free one).
 */
import {createServer} from 'node:http'
import {readFile, stat} from 'node:fs/promises'
import {extname, join, posix} from 'node:path'
import {fileURLToPath} from 'node:url'

const repository = fileURLToPath(new URL('..', import.meta.url))
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.txt': 'text/plain',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml'
}

/** The URL prefixes that are served, each a folder of the repository. */
export const allowedPrefixes = ['/examples/playground/', '/dist/browser/']

/** Said, in plain words, when the browser bundle has not been built. */
export const missingBundleMessage =
  'The browser bundle (dist/browser/) is missing: run `npm run build` in the repository, then reload this page.'

/**
 * The repository path a request path maps to, or `undefined` when it is not
 * served: outside the allow-list, a dot-file, a traversal (`..`, encoded or
 * not), a backslash or a NUL.
 *
 * @param {string} rawPathname The URL's pathname, still percent-encoded.
 * @returns {string | undefined}
 */
export function allowedPath(rawPathname) {
  let pathname
  try {
    pathname = decodeURIComponent(rawPathname)
  } catch {
    return undefined
  }

  if (pathname.includes('\\') || pathname.includes('\0')) return undefined
  const segments = pathname.split('/')
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return undefined
  const normal = posix.normalize(pathname.endsWith('/') ? pathname + 'index.html' : pathname)
  if (normal !== (pathname.endsWith('/') ? pathname + 'index.html' : pathname)) return undefined
  return allowedPrefixes.some((prefix) => normal.startsWith(prefix)) ? normal : undefined
}

/**
 * Start the server.
 *
 * @param {number} [port] Default `PORT` or 5173; 0 picks a free port.
 * @param {{root?: string}} [options] `root`: the folder served as the repository (default: this repository).
 * @returns {Promise<import('node:http').Server>}
 */
export function serve(port = Number(process.env.PORT ?? 5173), options = {}) {
  const root = options.root ?? repository
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {allow: 'GET, HEAD'}).end()
      return
    }

    const rawPathname = new URL(request.url ?? '/', 'http://localhost').pathname
    if (rawPathname === '/') {
      response.writeHead(302, {location: '/examples/playground/'}).end()
      return
    }

    const pathname = allowedPath(rawPathname)
    if (pathname === undefined) {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found')
      return
    }

    const path = join(root, ...pathname.split('/').filter(Boolean))
    try {
      if (!(await stat(path)).isFile()) throw new Error('not a file')
      const body = await readFile(path)
      response
        .writeHead(200, {
          'content-type': (types[extname(path)] ?? 'application/octet-stream') + '; charset=utf-8',
          'x-content-type-options': 'nosniff'
        })
        .end(request.method === 'HEAD' ? undefined : body)
    } catch {
      const bundle = pathname.startsWith('/dist/browser/')
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end(bundle ? missingBundleMessage : 'Not found')
    }
  })
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await serve()
  const {port} = server.address()
  console.log(`Playground: http://127.0.0.1:${port}/ (Ctrl-C to stop)`)
  try {
    await stat(join(repository, 'dist', 'browser', 'retext-article.js'))
  } catch {
    console.warn(missingBundleMessage)
  }
}
