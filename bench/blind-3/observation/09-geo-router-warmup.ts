// expect: no-unobserved-promise
// start() stores the region-table load promise but nothing handles it until the first request awaits it; if the load fails before traffic arrives (the common case at boot), the rejection is unhandled and the gateway process crashes.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface RegionTable {
  version: string;
  byCountry: Record<string, string>;
}

declare const configStore: {
  getJson<T>(key: string): Promise<T>;
};

const DEFAULT_REGION = 'eu-west-1';

export class GeoRouter {
  private tableLoad: Promise<RegionTable> | null = null;
  private server = createServer((req, res) => {
    this.handle(req, res).catch((err) => {
      console.error('geo-router: request failed', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  start(port: number): void {
    this.tableLoad = configStore.getJson<RegionTable>('routing/regions.json');
    this.server.listen(port, () => console.log(`geo-router listening on :${port}`));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.tableLoad) throw new Error('router not started');
    const table = await this.tableLoad;
    const country = String(req.headers['cf-ipcountry'] ?? req.headers['x-country'] ?? '').toUpperCase();
    const region = table.byCountry[country] ?? DEFAULT_REGION;
    res.writeHead(307, {
      location: `https://${region}.api.example.com${req.url ?? '/'}`,
      'x-region-table': table.version,
      'cache-control': 'no-store',
    });
    res.end();
  }

  stop(): Promise<void> {
    return new Promise((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }
}
