import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
}

/**
 * Serve the prerendered site as a static host does: `/a/b` is `a/b.html`, and a path with no
 * file gets `404.html` with status 404.
 */
export async function serveBuild(
  root: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const candidates = [pathname, `${pathname}.html`, path.posix.join(pathname, 'index.html')]
    for (const candidate of candidates) {
      const file = path.join(root, path.normalize(candidate))
      if (!file.startsWith(root)) break
      if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
        response.writeHead(200, {
          'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        })
        fs.createReadStream(file).pipe(response)
        return
      }
    }
    response.writeHead(404, { 'content-type': types['.html'] })
    fs.createReadStream(path.join(root, '404.html')).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
