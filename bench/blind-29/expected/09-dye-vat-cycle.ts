// expect: no-uncalled-async-function
// The map callback returns the unbound method `vat.drain` instead of calling it for exhausted vats, so those vats are never drained yet reported as fulfilled.
import { EventEmitter } from 'node:events';

export interface VatState {
  id: string;
  dye: string;
  litres: number;
  exhaustion: number;
}

declare const plc: {
  openValve(vatId: string, valve: 'drain' | 'fill'): Promise<void>;
  closeValve(vatId: string, valve: 'drain' | 'fill'): Promise<void>;
  level(vatId: string): Promise<number>;
};

export class DyeVat {
  constructor(public state: VatState) {}

  get exhausted(): boolean {
    return this.state.exhaustion >= 0.85;
  }

  async drain(): Promise<void> {
    await plc.openValve(this.state.id, 'drain');
    try {
      while ((await plc.level(this.state.id)) > 5) {
        await new Promise((r) => setTimeout(r, 2_000));
      }
    } finally {
      await plc.closeValve(this.state.id, 'drain');
    }
    this.state = { ...this.state, litres: 0, exhaustion: 0 };
  }

  async topUp(targetLitres: number): Promise<void> {
    if (this.state.litres >= targetLitres) return;
    await plc.openValve(this.state.id, 'fill');
    try {
      while ((await plc.level(this.state.id)) < targetLitres) {
        await new Promise((r) => setTimeout(r, 1_000));
      }
    } finally {
      await plc.closeValve(this.state.id, 'fill');
    }
    this.state = { ...this.state, litres: targetLitres };
  }
}

export class VatHouse extends EventEmitter {
  constructor(
    private readonly vats: DyeVat[],
    private readonly workingLevel = 1_200,
  ) {
    super();
  }

  async endOfShift(): Promise<{ ok: string[]; failed: string[] }> {
    const results = await Promise.allSettled(
      this.vats.map((vat) => (vat.exhausted ? vat.drain : vat.topUp(this.workingLevel))),
    );

    const ok: string[] = [];
    const failed: string[] = [];
    results.forEach((result, i) => {
      const id = this.vats[i].state.id;
      if (result.status === 'fulfilled') {
        ok.push(id);
      } else {
        failed.push(id);
        this.emit('vat-error', id, result.reason);
      }
    });
    this.emit('shift-closed', { ok, failed });
    return { ok, failed };
  }
}
