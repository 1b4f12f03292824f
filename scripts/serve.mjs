/**
 * `npm run playground`: serve the repository on localhost so the playground
 * (examples/playground/) can load the browser bundle (build first).
 * PORT sets the port (default 5173; 0 picks a free one).
 */
import {createServer} from 'node:http'
import {readFile} from 'node:fs/promises'
import {extname, join, normalize, sep} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain', '.json': 'application/json'}

export function serve(port = Number(process.env.PORT ?? 5173)) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    if (pathname === '/') {
      response.writeHead(302, {location: '/examples/playground/'}).end()
      return
    }

    const path = normalize(join(root, pathname.endsWith('/') ? pathname + 'index.html' : pathname))
    // Never serve outside the repository.
    if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) {
      response.writeHead(403).end()
      return
    }

    try {
      const body = await readFile(path)
      response.writeHead(200, {'content-type': (types[extname(path)] ?? 'application/octet-stream') + '; charset=utf-8'}).end(body)
    } catch {
      response.writeHead(404).end('Not found')
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
}
