// expect: no-uncalled-async-function
// The afterEach hook does `await preview.close` without calling it, so awaiting the method reference resolves immediately, no preview server is ever shut down, and each test leaks a listening socket that keeps the vitest worker from exiting.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface PuzzleSource {
  load(id: string): Promise<{ id: string; title: string; grid: string[] } | null>;
}

class PreviewServer {
  private server: Server | undefined;

  constructor(private readonly source: PuzzleSource) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      const id = decodeURIComponent((req.url ?? '').replace(/^\/preview\//, ''));
      this.source.load(id).then(
        (puzzle) => {
          if (!puzzle) {
            res.writeHead(404).end();
            return;
          }
          const rows = puzzle.grid.map((r) => `<tr>${[...r].map((c) => `<td class="${c === '.' ? 'b' : 'w'}"></td>`).join('')}</tr>`);
          res.writeHead(200, { 'content-type': 'text/html' }).end(`<h1>${puzzle.title}</h1><table>${rows.join('')}</table>`);
        },
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  }
}

describe('PreviewServer', () => {
  const load = vi.fn<PuzzleSource['load']>();
  let preview: PreviewServer;
  let base: string;

  beforeEach(async () => {
    load.mockReset();
    preview = new PreviewServer({ load });
    base = await preview.start();
  });

  afterEach(async () => {
    await preview.close;
  });

  it('renders black and white squares', async () => {
    load.mockResolvedValue({ id: 'genius-250', title: 'Genius 250', grid: ['A.B', 'CDE'] });
    const res = await fetch(`${base}/preview/genius-250`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Genius 250</h1>');
    expect(html.match(/class="b"/g)).toHaveLength(1);
  });

  it('returns 404 for an unknown puzzle', async () => {
    load.mockResolvedValue(null);
    const res = await fetch(`${base}/preview/nope`);
    expect(res.status).toBe(404);
  });

  it('returns 500 when the source fails', async () => {
    load.mockRejectedValue(new Error('db down'));
    const res = await fetch(`${base}/preview/genius-251`);
    expect(res.status).toBe(500);
    expect(load).toHaveBeenCalledWith('genius-251');
  });
});
