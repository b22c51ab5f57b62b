// expect: none
// Each cache read and router estimate is awaited before it meets ??, === or the response object, so the fallback, the equality check and the JSON body all operate on resolved numbers, not on promises.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface EtaCache {
  get(key: string): Promise<number | undefined>;
  set(key: string, seconds: number, ttlSeconds: number): Promise<void>;
}

export interface Router {
  estimateSeconds(fromZone: string, toZone: string, cargo: boolean): Promise<number>;
}

export interface CourierLocator {
  zoneOf(courierId: string): Promise<string | null>;
}

function cacheKey(from: string, to: string, cargo: boolean): string {
  return `eta:${from}:${to}:${cargo ? 'cargo' : 'std'}`;
}

export class EtaService {
  constructor(
    private readonly cache: EtaCache,
    private readonly router: Router,
    private readonly locator: CourierLocator,
  ) {}

  async etaSeconds(courierId: string, toZone: string, cargo: boolean): Promise<number | null> {
    const from = await this.locator.zoneOf(courierId);
    if (from === null) return null;
    if (from === toZone) return 4 * 60;

    const key = cacheKey(from, toZone, cargo);
    const cached = await this.cache.get(key);
    const seconds = cached ?? (await this.router.estimateSeconds(from, toZone, cargo));
    if (cached === undefined) await this.cache.set(key, seconds, 300);
    return seconds;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://dispatch.local');
    const courierId = url.searchParams.get('courier');
    const toZone = url.searchParams.get('to');
    if (!courierId || !toZone) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'courier and to required' }));
      return;
    }
    const seconds = await this.etaSeconds(courierId, toZone, url.searchParams.get('cargo') === '1');
    const body = seconds === null ? { courierId, status: 'off-shift' } : { courierId, toZone, etaMinutes: Math.ceil(seconds / 60) };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}

export function startEtaServer(service: EtaService, port: number) {
  return createServer((req, res) => {
    service.handle(req, res).catch((err: unknown) => {
      console.error('[eta] request failed', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  }).listen(port);
}
