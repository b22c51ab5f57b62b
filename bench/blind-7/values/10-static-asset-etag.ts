// expect: none
// Every async result (file stat, digest, cache lookup) is awaited before it is compared with ===, used in a template string, or defaulted with ??, so the 304 path and headers see real values.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';

const ROOT = path.resolve(process.env.ASSET_ROOT ?? './public');
const etagCache = new Map<string, { mtimeMs: number; etag: string }>();

async function etagFor(file: string): Promise<{ etag: string; body: Buffer; size: number }> {
  const info = await stat(file);
  const body = await readFile(file);
  const cached = etagCache.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs) {
    return { etag: cached.etag, body, size: info.size };
  }
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  etagCache.set(file, { mtimeMs: info.mtimeMs, etag });
  return { etag, body, size: info.size };
}

async function serveAsset(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://assets.local').pathname);
  const file = path.join(ROOT, path.normalize(pathname));
  if (!file.startsWith(ROOT + path.sep)) {
    res.writeHead(403).end();
    return;
  }

  let asset: Awaited<ReturnType<typeof etagFor>>;
  try {
    asset = await etagFor(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    res.writeHead(code === 'ENOENT' || code === 'EISDIR' ? 404 : 500).end();
    return;
  }

  const ifNoneMatch = req.headers['if-none-match'] ?? null;
  if (ifNoneMatch === asset.etag) {
    res.writeHead(304, { etag: asset.etag }).end();
    return;
  }
  res.writeHead(200, {
    etag: asset.etag,
    'content-length': String(asset.size),
    'cache-control': `public, max-age=${(await cacheTtlFor(pathname)) ?? 60}`,
  });
  res.end(asset.body);
}

async function cacheTtlFor(pathname: string): Promise<number | undefined> {
  if (/\.[0-9a-f]{8}\.(js|css)$/.test(pathname)) return 31_536_000;
  if (pathname.endsWith('.html')) return 0;
  return undefined;
}

createServer((req, res) => {
  serveAsset(req, res).catch((err: unknown) => {
    console.error('asset handler failed', err);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
}).listen(Number(process.env.PORT ?? 8081));
