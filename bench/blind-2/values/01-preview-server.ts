// expect: none
// The port is read only after `await once(server, 'listening')`, i.e. after the listen callback's work is done, so the registered URL carries the real ephemeral port.
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

declare const devRegistry: {
  register(entry: { name: string; url: string; pid: number }): Promise<void>;
  unregister(name: string): Promise<void>;
};
declare function renderPreview(path: string): Promise<{ status: number; html: string }>;

export interface PreviewHandle {
  url: string;
  stop(): Promise<void>;
}

export async function startPreviewServer(branch: string, host = '127.0.0.1'): Promise<PreviewHandle> {
  const server: Server = createServer((req, res) => {
    renderPreview(req.url ?? '/')
      .then(({ status, html }) => {
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-preview-branch': branch });
        res.end(html);
      })
      .catch((err: unknown) => {
        console.error(`[preview:${branch}] render failed for ${req.url}`, err);
        if (!res.headersSent) res.writeHead(500);
        res.end('preview render failed');
      });
  });

  server.listen(0, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;

  const name = `preview-${branch.replace(/[^a-z0-9-]/gi, '-')}`;
  await devRegistry.register({ name, url, pid: process.pid });
  console.log(`[preview] ${branch} available at ${url}`);

  return {
    url,
    async stop() {
      await devRegistry.unregister(name);
      server.close();
      await once(server, 'close');
    },
  };
}
