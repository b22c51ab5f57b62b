// expect: none
// `received`, `tooLarge` and `chunks` are filled by the 'data' listener, but they are read only after `await finished(req)`, by which point the whole body has been delivered.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { finished } from 'node:stream/promises';

interface CspReport {
  'document-uri': string;
  'violated-directive': string;
  'blocked-uri'?: string;
}

declare const reportSink: {
  write(batch: Array<CspReport & { ua: string; at: number }>): Promise<void>;
};

const MAX_BODY = 64 * 1024;

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST' || !req.url?.startsWith('/csp-report')) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received > MAX_BODY) {
      tooLarge = true; // keep draining so the client sees the 413
      return;
    }
    chunks.push(chunk);
  });
  await finished(req);

  if (tooLarge) {
    res.writeHead(413).end();
    return;
  }
  let parsed: { 'csp-report'?: CspReport };
  try {
    parsed = JSON.parse(Buffer.concat(chunks, received).toString('utf8'));
  } catch {
    res.writeHead(400).end();
    return;
  }
  const report = parsed['csp-report'];
  if (!report || typeof report['document-uri'] !== 'string') {
    res.writeHead(422).end();
    return;
  }
  await reportSink.write([{ ...report, ua: req.headers['user-agent'] ?? '', at: Date.now() }]);
  res.writeHead(204).end();
}

export function startCollector(port: number): Server {
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('csp collector: request failed', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.listen(port, () => console.info(`csp collector listening on :${port}`));
  return server;
}
