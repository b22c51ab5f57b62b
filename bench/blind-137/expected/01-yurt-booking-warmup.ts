// expect: no-uncalled-async-function
// startBookingService passes the warm-up functions themselves to Promise.all, which resolves immediately without running any of them.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';

export interface RateCard {
  siteId: string;
  yurtClass: string;
  nightlyPence: number;
}

export interface SiteMap {
  siteId: string;
  pitches: Array<{ yurtId: string; x: number; y: number }>;
}

const DATA_DIR = process.env.YURT_DATA_DIR ?? '/var/lib/yurt-booking';

const state = {
  rates: new Map<string, RateCard[]>(),
  maps: new Map<string, SiteMap>(),
  closedDates: new Set<string>(),
};

async function warmRateCards(): Promise<void> {
  const cards = JSON.parse(await readFile(`${DATA_DIR}/rates.json`, 'utf8')) as RateCard[];
  state.rates.clear();
  for (const card of cards) {
    const list = state.rates.get(card.siteId) ?? [];
    list.push(card);
    state.rates.set(card.siteId, list);
  }
}

async function warmSiteMaps(): Promise<void> {
  const maps = JSON.parse(await readFile(`${DATA_DIR}/site-maps.json`, 'utf8')) as SiteMap[];
  state.maps = new Map(maps.map((m) => [m.siteId, m]));
}

async function warmClosedDates(): Promise<void> {
  const text = await readFile(`${DATA_DIR}/closed-dates.txt`, 'utf8');
  state.closedDates = new Set(text.split('\n').map((l) => l.trim()).filter(Boolean));
}

function handle(url: URL): { status: number; body: unknown } {
  const siteId = url.searchParams.get('site') ?? '';
  if (url.pathname === '/rates') return { status: 200, body: state.rates.get(siteId) ?? [] };
  if (url.pathname === '/map') {
    const map = state.maps.get(siteId);
    return map ? { status: 200, body: map } : { status: 404, body: { error: 'unknown site' } };
  }
  if (url.pathname === '/closed') return { status: 200, body: [...state.closedDates] };
  return { status: 404, body: { error: 'not found' } };
}

export async function startBookingService(port: number): Promise<Server> {
  const warmups = [warmRateCards, warmSiteMaps, warmClosedDates];
  await Promise.all(warmups);

  const server = createServer((req, res) => {
    const { status, body } = handle(new URL(req.url ?? '/', 'http://localhost'));
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
