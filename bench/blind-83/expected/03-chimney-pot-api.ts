// expect: no-uncalled-async-function
// The 'GET /kilns' route returns this.kilnStatus instead of calling it, so the handler serialises a function and responds with an empty body.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse, Server } from 'node:http';

interface ChimneyPot {
  sku: string;
  style: 'crown' | 'cannon' | 'bishop' | 'louvred';
  heightMm: number;
  glaze: string;
  inStock: number;
}

interface KilnState {
  kilnId: string;
  tempC: number;
  firingStage: 'idle' | 'bisque' | 'glaze' | 'cooling';
  load: string[];
}

declare const workshopDb: {
  pots(filter: { style?: string }): Promise<ChimneyPot[]>;
  pot(sku: string): Promise<ChimneyPot | undefined>;
  kilns(): Promise<KilnState[]>;
};

type Handler = (url: URL) => unknown;

export class PotteryApi {
  private readonly routes: Record<string, Handler> = {
    'GET /pots': (url) => this.listPots(url.searchParams.get('style') ?? undefined),
    'GET /pot': (url) => this.potDetail(url.searchParams.get('sku') ?? ''),
    'GET /kilns': () => this.kilnStatus,
    'GET /health': () => ({ ok: true, at: new Date().toISOString() }),
  };

  async listPots(style?: string): Promise<ChimneyPot[]> {
    const pots = await workshopDb.pots({ style });
    return pots.filter((p) => p.inStock > 0).sort((a, b) => a.heightMm - b.heightMm);
  }

  async potDetail(sku: string): Promise<ChimneyPot | { error: string }> {
    const pot = await workshopDb.pot(sku);
    return pot ?? { error: `no pot with sku ${sku}` };
  }

  async kilnStatus(): Promise<Array<KilnState & { busy: boolean }>> {
    const kilns = await workshopDb.kilns();
    return kilns.map((k) => ({ ...k, busy: k.firingStage !== 'idle' }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://workshop.local');
    const handler = this.routes[`${req.method} ${url.pathname}`];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'not found' }));
      return;
    }
    const body = await handler(url);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  listen(port: number): Server {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        console.error('chimney pot api error', err);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'internal error' }));
      });
    });
    server.listen(port);
    return server;
  }
}
