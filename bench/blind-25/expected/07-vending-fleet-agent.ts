// expect: no-uncalled-async-function
// shutdown() awaits the flushPendingSales method reference instead of calling it, so buffered sales are dropped when the agent exits.
import { EventEmitter } from 'node:events';
import { appendFile, readFile, writeFile } from 'node:fs/promises';

export interface SaleEvent {
  machineId: string;
  slot: string;
  sku: string;
  priceCents: number;
  paidWith: 'cash' | 'card' | 'mobile';
  at: number;
}

declare const fleetApi: {
  uploadSales(machineId: string, sales: SaleEvent[]): Promise<{ accepted: number }>;
  fetchPlanogram(machineId: string): Promise<Record<string, { sku: string; priceCents: number }>>;
};

export class VendingAgent extends EventEmitter {
  private pending: SaleEvent[] = [];
  private uploadTimer?: NodeJS.Timeout;
  private planogram: Record<string, { sku: string; priceCents: number }> = {};

  constructor(
    private readonly machineId: string,
    private readonly spoolPath: string,
    private readonly uploadEveryMs = 60_000,
  ) {
    super();
  }

  async start(): Promise<void> {
    try {
      const spooled = JSON.parse(await readFile(this.spoolPath, 'utf8')) as SaleEvent[];
      this.pending.push(...spooled);
    } catch {
      // no spool yet
    }
    this.planogram = await fleetApi.fetchPlanogram(this.machineId);
    this.uploadTimer = setInterval(() => {
      this.flushPendingSales().catch((err) => this.emit('error', err));
    }, this.uploadEveryMs);
  }

  async recordVend(slot: string, paidWith: SaleEvent['paidWith']): Promise<SaleEvent> {
    const entry = this.planogram[slot];
    if (!entry) throw new Error(`slot ${slot} not in planogram`);
    const sale: SaleEvent = {
      machineId: this.machineId,
      slot,
      sku: entry.sku,
      priceCents: entry.priceCents,
      paidWith,
      at: Date.now(),
    };
    this.pending.push(sale);
    await appendFile(`${this.spoolPath}.log`, JSON.stringify(sale) + '\n');
    this.emit('vend', sale);
    return sale;
  }

  async flushPendingSales(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending.splice(0);
    try {
      const { accepted } = await fleetApi.uploadSales(this.machineId, batch);
      await writeFile(this.spoolPath, '[]');
      return accepted;
    } catch (err) {
      this.pending.unshift(...batch);
      await writeFile(this.spoolPath, JSON.stringify(this.pending));
      throw err;
    }
  }

  async shutdown(): Promise<void> {
    clearInterval(this.uploadTimer);
    this.uploadTimer = undefined;
    await this.flushPendingSales;
    this.emit('stopped', { machineId: this.machineId, unsent: this.pending.length });
  }
}
