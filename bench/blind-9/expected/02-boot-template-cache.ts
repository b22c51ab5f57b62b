// expect: no-uncalled-async-function
// warmTemplateCache is listed in Promise.all as a bare function reference, so it never runs; the server starts with an empty template map and every page render returns 404.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

declare const pg: {
  connect(): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
};
declare const flags: { load(env: string): Promise<Record<string, boolean>> };

const TEMPLATE_DIR = process.env.TEMPLATE_DIR ?? './templates';
const templates = new Map<string, string>();

async function warmTemplateCache(): Promise<void> {
  const entries = await readdir(TEMPLATE_DIR);
  await Promise.all(
    entries
      .filter((f) => f.endsWith('.html'))
      .map(async (file) => {
        templates.set(file.replace(/\.html$/, ''), await readFile(join(TEMPLATE_DIR, file), 'utf8'));
      }),
  );
  console.info(`[boot] cached ${templates.size} templates`);
}

function render(name: string, vars: Record<string, string>): string | undefined {
  return templates.get(name)?.replace(/\{\{(\w+)\}\}/g, (_, key: string) => vars[key] ?? '');
}

async function handle(req: IncomingMessage, res: ServerResponse, featureFlags: Record<string, boolean>) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const slug = url.pathname.split('/')[2];
  if (!url.pathname.startsWith('/articles/') || !slug) {
    res.writeHead(404).end();
    return;
  }
  const { rows } = await pg.query<{ title: string; body: string }>('select title, body from articles where slug = $1', [slug]);
  const article = rows[0];
  const page = article && render(featureFlags['new-layout'] ? 'article-v2' : 'article', { title: article.title, body: article.body });
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
}

export async function boot(port: number) {
  const [, , featureFlags] = await Promise.all([pg.connect(), warmTemplateCache, flags.load(process.env.NODE_ENV ?? 'development')]);

  const server = createServer((req, res) => {
    handle(req, res, featureFlags).catch((err) => {
      console.error('[http] request failed', req.url, err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.listen(port, () => console.info(`[boot] listening on :${port}`));
  return server;
}
