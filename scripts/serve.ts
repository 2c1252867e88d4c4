// Static preview server for the built site: `npm run preview [dir] [port]`.
// Serves a folder (default dist/) on 127.0.0.1 the way a static host would: /dir/ → /dir/index.html,
// content types for Pagefind's index files, and the site's own 404 page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's binary index chunks (gzip-compressed payloads the client decompresses itself).
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A running preview server. */
export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:4321`. */
  url: string;
  /** Stops the server. */
  close: () => Promise<void>;
}

/** Resolves a URL path to a file inside root, or null when it escapes root or does not exist. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = resolve(root, '.' + decoded);
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

/**
 * Serves `dir` over HTTP on 127.0.0.1.
 * @param dir folder to serve (the built site)
 * @param port TCP port; 0 picks a free one
 * @returns the base URL and a close function
 */
export async function startServer(dir: string, port = 0): Promise<RunningServer> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // A directory without its trailing slash redirects, so relative links resolve as on a real host.
    if (!path.endsWith('/') && !extname(path)) {
      const dirInfo = await stat(resolve(root, '.' + path)).catch(() => null);
      if (dirInfo?.isDirectory()) {
        response.writeHead(301, { location: path + '/' });
        response.end();
        return;
      }
    }
    const file = await resolveFile(root, path);
    if (file) {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('404 Not Found'));
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : notFound);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

// Run as a script: node scripts/serve.ts [dir] [port]; a numeric argument is the port, PORT wins over it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dir = args.find((arg) => !/^\d+$/.test(arg)) ?? 'dist';
  const port = Number(process.env.PORT ?? args.find((arg) => /^\d+$/.test(arg)) ?? 4321);
  const running = await startServer(dir, port);
  console.log(`serving ${dir} at ${running.url}/`);
}
