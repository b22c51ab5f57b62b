// expect: none
// The variables written by 'stage'/'cured' listeners are only read after awaiting runCure(), which emits those events before it resolves.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeUndefined(): void;
  rejects: { toThrow(pattern: RegExp): Promise<void> };
};

interface CureStage {
  name: 'flash-off' | 'uv' | 'rest';
  minutes: number;
  uvIntensityPct: number;
}

interface CureRecord {
  instrument: string;
  stagesRun: string[];
  totalUvMinutes: number;
}

class CureCabinet extends EventEmitter {
  constructor(private readonly runStage: (stage: CureStage) => Promise<void>) {
    super();
  }

  async runCure(instrument: string, stages: CureStage[]): Promise<CureRecord> {
    const stagesRun: string[] = [];
    let totalUvMinutes = 0;
    for (const stage of stages) {
      if (stage.name === 'uv' && stage.uvIntensityPct > 80) {
        throw new Error(`UV at ${stage.uvIntensityPct}% would craze spirit varnish on ${instrument}`);
      }
      await this.runStage(stage);
      stagesRun.push(stage.name);
      if (stage.name === 'uv') totalUvMinutes += stage.minutes;
      this.emit('stage', stage.name);
    }
    const record = { instrument, stagesRun, totalUvMinutes };
    this.emit('cured', record);
    return record;
  }
}

const STANDARD: CureStage[] = [
  { name: 'flash-off', minutes: 30, uvIntensityPct: 0 },
  { name: 'uv', minutes: 120, uvIntensityPct: 60 },
  { name: 'rest', minutes: 240, uvIntensityPct: 0 },
];

describe('CureCabinet', () => {
  let cabinet: CureCabinet;
  let ran: string[];

  beforeEach(() => {
    ran = [];
    cabinet = new CureCabinet(async (stage) => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      ran.push(stage.name);
    });
  });

  it('announces each stage and the finished cure', async () => {
    const announced: string[] = [];
    let cured: CureRecord | undefined;
    cabinet.on('stage', (name: string) => announced.push(name));
    cabinet.on('cured', (record: CureRecord) => {
      cured = record;
    });

    const record = await cabinet.runCure('violin #412', STANDARD);

    expect(announced).toEqual(['flash-off', 'uv', 'rest']);
    expect(cured).toEqual(record);
    expect(ran).toEqual(['flash-off', 'uv', 'rest']);
  });

  it('totals UV minutes across repeated UV stages', async () => {
    let total = -1;
    cabinet.on('cured', (record: CureRecord) => {
      total = record.totalUvMinutes;
    });
    await cabinet.runCure('viola #88', [...STANDARD, { name: 'uv', minutes: 45, uvIntensityPct: 50 }]);
    expect(total).toBe(165);
  });

  it('refuses harsh UV and never reports a cure', async () => {
    let cured: CureRecord | undefined;
    cabinet.on('cured', (record: CureRecord) => {
      cured = record;
    });
    await expect(
      cabinet.runCure('cello #19', [{ name: 'uv', minutes: 60, uvIntensityPct: 95 }]),
    ).rejects.toThrow(/would craze spirit varnish/);
    expect(cured).toBeUndefined();
    expect(ran).toEqual([]);
  });
});
