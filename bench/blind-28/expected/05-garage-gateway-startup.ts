// expect: no-uncalled-async-function
// Bug: Promise.all receives the loadTariffs method reference instead of its promise, so startup continues before tariffs are loaded.
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';

interface Tariff {
  zone: string;
  firstHourCents: number;
  perHourCents: number;
  dailyCapCents: number;
}

declare const barrierGateway: {
  connect(host: string, port: number): Promise<void>;
  onPlateRead(cb: (plate: string, laneId: string) => void): void;
  open(laneId: string): Promise<void>;
};

declare const tariffStore: {
  fetchAll(): Promise<Tariff[]>;
};

export class GarageService {
  private tariffs = new Map<string, Tariff>();
  private server?: Server;
  private readonly sessions = new Map<string, { zone: string; enteredAt: number }>();

  constructor(private readonly config: { gatewayHost: string; gatewayPort: number; httpPort: number }) {}

  private async loadTariffs(): Promise<void> {
    const all = await tariffStore.fetchAll();
    this.tariffs = new Map(all.map((t) => [t.zone, t]));
  }

  async start(): Promise<void> {
    await Promise.all([
      this.loadTariffs,
      barrierGateway.connect(this.config.gatewayHost, this.config.gatewayPort),
    ]);

    barrierGateway.onPlateRead((plate, laneId) => {
      this.handleEntry(plate, laneId).catch((err) => console.error('entry failed', plate, err));
    });

    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const plate = url.searchParams.get('plate') ?? '';
      const fee = this.quote(plate, Date.now());
      res.writeHead(fee === null ? 404 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ plate, feeCents: fee }));
    });
    this.server.listen(this.config.httpPort);
    await once(this.server, 'listening');
  }

  private async handleEntry(plate: string, laneId: string): Promise<void> {
    const zone = laneId.startsWith('P') ? 'premium' : 'standard';
    if (!this.tariffs.has(zone)) throw new Error(`no tariff configured for zone ${zone}`);
    this.sessions.set(plate, { zone, enteredAt: Date.now() });
    await barrierGateway.open(laneId);
  }

  quote(plate: string, now: number): number | null {
    const session = this.sessions.get(plate);
    if (!session) return null;
    const tariff = this.tariffs.get(session.zone);
    if (!tariff) return null;
    const hours = Math.ceil((now - session.enteredAt) / 3_600_000);
    const raw = tariff.firstHourCents + Math.max(hours - 1, 0) * tariff.perHourCents;
    return Math.min(raw, tariff.dailyCapCents * Math.ceil(hours / 24));
  }
}
