// expect: none
// The SHA-1 digest from crypto.subtle is awaited before the ETag is compared with If-None-Match and written to headers, so conditional requests correctly get 304.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const PUBLIC_DIR = path.resolve('public');
const etagCache = new Map<string, { mtimeMs: number; etag: Promise<string> }>();

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

async function computeEtag(body: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new Uint8Array(body));
  return `W/"${body.byteLength.toString(16)}-${Buffer.from(digest).toString('hex').slice(0, 16)}"`;
}

function etagFor(filePath: string, mtimeMs: number, body: Uint8Array): Promise<string> {
  const cached = etagCache.get(filePath);
  if (cached && cached.mtimeMs === mtimeMs) {
    return cached.etag;
  }
  const etag = computeEtag(body);
  etagCache.set(filePath, { mtimeMs, etag });
  etag.catch(() => etagCache.delete(filePath));
  return etag;
}

async function serveAsset(req: IncomingMessage, res: ServerResponse, mtimeOf: (p: string) => Promise<number>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const filePath = path.join(PUBLIC_DIR, path.normalize(url.pathname));
  if (!filePath.startsWith(PUBLIC_DIR + path.sep)) {
    res.writeHead(403).end();
    return;
  }

  let body: Buffer;
  let mtimeMs: number;
  try {
    [body, mtimeMs] = await Promise.all([readFile(filePath), mtimeOf(filePath)]);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }

  const etag = await etagFor(filePath, mtimeMs, body);
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }

  res.writeHead(200, {
    'content-type': MIME[path.extname(filePath)] ?? 'application/octet-stream',
    'cache-control': 'public, max-age=0, must-revalidate',
    etag,
  });
  res.end(body);
}

export function startAssetServer(port: number, mtimeOf: (p: string) => Promise<number>): void {
  createServer((req, res) => {
    serveAsset(req, res, mtimeOf).catch((err) => {
      console.error(`asset ${req.url} failed: ${err}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  }).listen(port);
}
