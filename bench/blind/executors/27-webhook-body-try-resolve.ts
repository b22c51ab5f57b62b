// expect: no-multiple-settle
// resolve() is called inside the try and the log line after it throws when the body is JSON null, so the catch then calls reject on an already-resolved promise.
import type { IncomingMessage, ServerResponse } from 'node:http';

declare const log: { debug(msg: string): void; warn(msg: string): void };
declare function handleEvent(event: Record<string, unknown>): Promise<void>;

function readJsonBody(req: IncomingMessage, limit = 1_000_000): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      raw += chunk;
      if (raw.length > limit) req.destroy(new Error('payload too large'));
    });
    req.on('error', reject);
    req.on('end', () => {
      try {
        const body = JSON.parse(raw) as Record<string, unknown>;
        resolve(body);
        log.debug(`webhook body with ${Object.keys(body).length} fields`);
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function webhookHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const event = await readJsonBody(req);
    await handleEvent(event);
    res.writeHead(204).end();
  } catch (err) {
    log.warn(`bad webhook: ${(err as Error).message}`);
    res.writeHead(400).end();
  }
}
