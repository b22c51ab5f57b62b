// expect: none
// lastHeadcount is written in the 'count' listener and only read after awaiting once(gate, 'latched'), which the gate emits after its final count.
import { EventEmitter, once } from 'node:events';

export interface GateCount {
  gateId: string;
  inside: number;
  at: Date;
}

export interface ClosingReport {
  gateId: string;
  headcount: number;
  animalsChecked: boolean;
  closedAt: Date;
}

declare const keeperTablet: {
  confirmAnimalsInBarn(enclosure: string): Promise<boolean>;
};

declare const zooOffice: {
  file(report: ClosingReport): Promise<void>;
};

export class GateController extends EventEmitter {
  private lastHeadcount: GateCount | undefined;

  constructor(readonly gateId: string, readonly enclosure: string, private readonly hardware: EventEmitter) {
    super();
    this.hardware.on('count', (inside: number) => {
      this.lastHeadcount = { gateId: this.gateId, inside, at: new Date() };
      this.emit('count', this.lastHeadcount);
    });
    this.hardware.on('latched', () => this.emit('latched'));
  }

  requestLatch(): void {
    this.hardware.emit('command', { gateId: this.gateId, action: 'latch-after-exit' });
  }

  async closeForTheDay(timeoutMs = 15 * 60_000): Promise<ClosingReport> {
    this.requestLatch();
    await once(this, 'latched', { signal: AbortSignal.timeout(timeoutMs) });

    const headcount = this.lastHeadcount?.inside ?? 0;
    if (headcount > 0) {
      throw new Error(`gate ${this.gateId} latched with ${headcount} visitor(s) still inside ${this.enclosure}`);
    }

    const animalsChecked = await keeperTablet.confirmAnimalsInBarn(this.enclosure);
    const report: ClosingReport = { gateId: this.gateId, headcount, animalsChecked, closedAt: new Date() };
    await zooOffice.file(report);
    return report;
  }
}

export async function closeZoo(gates: GateController[]): Promise<ClosingReport[]> {
  const reports: ClosingReport[] = [];
  for (const gate of gates) {
    reports.push(await gate.closeForTheDay());
  }
  const unchecked = reports.filter((r) => !r.animalsChecked).map((r) => r.gateId);
  if (unchecked.length > 0) {
    throw new Error(`animals not confirmed in barn behind gates ${unchecked.join(', ')}`);
  }
  return reports;
}
