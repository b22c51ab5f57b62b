// expect: no-promise-as-value
// On a cache miss the ?? falls back to the un-awaited registry.fetchCapacityKw() promise, which JSON.stringify serialises as {} in the capacityKw field of the response.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface CapacityRegistry {
  fetchCapacityKw(blockId: string): Promise<number>;
}

export interface GridOperatorFeed {
  currentLimitPct(): number;
}

interface CurtailmentAnswer {
  blockId: string;
  limitPct: number;
  targetKw: number;
}

export class CurtailmentService {
  private readonly capacityCache = new Map<string, number>();

  constructor(
    private readonly registry: CapacityRegistry,
    private readonly grid: GridOperatorFeed,
  ) {}

  async targetFor(blockId: string): Promise<CurtailmentAnswer> {
    let capacity = this.capacityCache.get(blockId);
    if (capacity === undefined) {
      capacity = await this.registry.fetchCapacityKw(blockId);
      this.capacityCache.set(blockId, capacity);
    }
    const limitPct = this.grid.currentLimitPct();
    return { blockId, limitPct, targetKw: Math.floor((capacity * limitPct) / 100) };
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://solar-farm.local');
    const blockId = url.searchParams.get('block');
    if (!blockId) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('missing block');
      return;
    }

    const limitPct = this.grid.currentLimitPct();
    const capacityKw = this.capacityCache.get(blockId) ?? this.registry.fetchCapacityKw(blockId);
    const body = JSON.stringify({
      blockId,
      limitPct,
      capacityKw,
      generatedAt: new Date().toISOString(),
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  }

  invalidate(blockId?: string): void {
    if (blockId) this.capacityCache.delete(blockId);
    else this.capacityCache.clear();
  }
}

export function startCurtailmentServer(service: CurtailmentService, port: number) {
  const server = createServer((req, res) => {
    service.handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(err instanceof Error ? err.message : 'internal error');
    });
  });
  server.listen(port);
  return server;
}
