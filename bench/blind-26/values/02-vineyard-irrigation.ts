// expect: none
// Valve promises are collected on purpose and awaited with Promise.allSettled before their outcomes are read or reported.
import { setTimeout as sleep } from 'node:timers/promises';

export interface IrrigationBlock {
  id: string;
  varietal: string;
  valveAddress: number;
  targetLitres: number;
}

interface ValveResult {
  blockId: string;
  litres: number;
}

declare const valveBus: {
  open(address: number): Promise<void>;
  close(address: number): Promise<void>;
  flowMeterLitres(address: number): Promise<number>;
};

declare const farmLog: { write(line: string): Promise<void> };

export function createIrrigationRun(blocks: IrrigationBlock[], maxMinutes: number) {
  const delivered = new Map<string, number>();

  async function waterBlock(block: IrrigationBlock): Promise<ValveResult> {
    await valveBus.open(block.valveAddress);
    const deadline = Date.now() + maxMinutes * 60_000;
    let litres = 0;
    try {
      while (litres < block.targetLitres && Date.now() < deadline) {
        await sleep(5_000);
        litres = await valveBus.flowMeterLitres(block.valveAddress);
      }
    } finally {
      await valveBus.close(block.valveAddress);
    }
    return { blockId: block.id, litres };
  }

  return {
    async run(): Promise<Map<string, number>> {
      const pending: Promise<ValveResult>[] = [];
      for (const block of blocks) {
        const job = waterBlock(block).then((r) => {
          delivered.set(r.blockId, r.litres);
          return r;
        });
        pending.push(job);
      }

      const outcomes = await Promise.allSettled(pending);
      const failed = outcomes.filter((o) => o.status === 'rejected').length;

      for (const block of blocks) {
        const litres = delivered.get(block.id) ?? 0;
        const pct = block.targetLitres > 0 ? Math.round((litres / block.targetLitres) * 100) : 100;
        await farmLog.write(`${block.varietal} (${block.id}): ${litres} L, ${pct}% of target`);
      }
      if (failed > 0) {
        await farmLog.write(`${failed} valve(s) reported errors during this run`);
      }
      return delivered;
    },

    shortfall(): string[] {
      return blocks
        .filter((b) => (delivered.get(b.id) ?? 0) < b.targetLitres * 0.9)
        .map((b) => b.id);
    },
  };
}
