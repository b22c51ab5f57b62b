// expect: none
// The fallback branch of ?? awaits the supplier lookup, so the dye lot used in the label and the JSON body is always a resolved YarnLot, never a promise.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface YarnLot {
  lotId: string;
  fibre: 'mulberry-silk' | 'tussah' | 'eri';
  denier: number;
  dyeBath: string;
  kgOnHand: number;
}

export interface SupplierApi {
  lookupLot(lotId: string): Promise<YarnLot>;
}

export class YarnLotResolver {
  private readonly lots = new Map<string, YarnLot>();

  constructor(private readonly supplier: SupplierApi) {}

  remember(lot: YarnLot): void {
    this.lots.set(lot.lotId, lot);
  }

  async resolve(lotId: string): Promise<YarnLot> {
    const lot = this.lots.get(lotId) ?? (await this.supplier.lookupLot(lotId));
    this.lots.set(lotId, lot);
    return lot;
  }

  async bobbinLabel(lotId: string, loom: string): Promise<string> {
    const lot = await this.resolve(lotId);
    return `${loom} | ${lot.fibre} ${lot.denier}d | bath ${lot.dyeBath} | lot ${lot.lotId}`;
  }
}

async function handle(resolver: YarnLotResolver, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://mill.local');
  const match = /^\/lots\/([\w-]+)$/.exec(url.pathname);
  if (!match) {
    res.writeHead(404).end();
    return;
  }

  const lot = await resolver.resolve(match[1]);
  const loom = url.searchParams.get('loom');
  const body = JSON.stringify({
    lot,
    label: loom ? await resolver.bobbinLabel(lot.lotId, loom) : null,
    lowStock: lot.kgOnHand < 2,
  });
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
}

export function startLotService(resolver: YarnLotResolver, port: number) {
  const server = createServer((req, res) => {
    handle(resolver, req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(err instanceof Error ? err.message : 'lookup failed');
    });
  });
  server.listen(port);
  return server;
}
