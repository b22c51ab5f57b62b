// expect: no-uncalled-async-function
// The afterEach hook returns bench.release (the method) instead of calling it, so the voicing bench lease is never released between tests.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface QuillSpec {
  key: number; // 0 = lowest C
  register: '8ft-front' | '8ft-back' | '4ft';
  lengthMm: number;
  thicknessMm: number;
}

interface Pluck {
  key: number;
  register: QuillSpec['register'];
  loudnessDb: number;
}

declare function leaseVoicingBench(station: string): Promise<VoicingBench>;

interface VoicingBench {
  readonly station: string;
  mount(quill: QuillSpec): Promise<void>;
  pluck(key: number, register: QuillSpec['register']): Promise<Pluck>;
  shave(key: number, register: QuillSpec['register'], mm: number): Promise<QuillSpec>;
  release(): Promise<void>;
}

function evenlyVoiced(plucks: Pluck[], toleranceDb: number): boolean {
  if (plucks.length < 2) return true;
  const sorted = [...plucks].sort((a, b) => a.key - b.key);
  return sorted.every((p, i) => i === 0 || Math.abs(p.loudnessDb - sorted[i - 1].loudnessDb) <= toleranceDb);
}

async function voiceToTarget(
  bench: VoicingBench,
  quill: QuillSpec,
  targetDb: number,
  maxShaves = 6,
): Promise<{ quill: QuillSpec; pluck: Pluck }> {
  let current = quill;
  let pluck = await bench.pluck(current.key, current.register);
  for (let i = 0; i < maxShaves && pluck.loudnessDb > targetDb + 0.5; i++) {
    current = await bench.shave(current.key, current.register, 0.02);
    pluck = await bench.pluck(current.key, current.register);
  }
  return { quill: current, pluck };
}

const FRONT_8FT: QuillSpec[] = [0, 1, 2, 3, 4].map((key) => ({
  key,
  register: '8ft-front',
  lengthMm: 4.2 - key * 0.05,
  thicknessMm: 0.38,
}));

describe('voicing the 8ft front register', () => {
  let bench: VoicingBench;

  beforeEach(async () => {
    bench = await leaseVoicingBench('bench-2');
    for (const quill of FRONT_8FT) await bench.mount(quill);
  });

  afterEach(() => bench.release);

  it('brings an overloud quill down to the target', async () => {
    const { quill, pluck } = await voiceToTarget(bench, FRONT_8FT[0], 62);
    assert.ok(pluck.loudnessDb <= 62.5, `still ${pluck.loudnessDb} dB`);
    assert.ok(quill.thicknessMm <= FRONT_8FT[0].thicknessMm);
  });

  it('stops shaving after the maximum number of passes', async () => {
    const { quill } = await voiceToTarget(bench, FRONT_8FT[1], 20, 3);
    assert.ok(FRONT_8FT[1].thicknessMm - quill.thicknessMm <= 0.06 + 1e-9);
  });

  it('leaves the octave evenly voiced', async () => {
    const plucks: Pluck[] = [];
    for (const quill of FRONT_8FT) {
      plucks.push((await voiceToTarget(bench, quill, 60)).pluck);
    }
    assert.equal(plucks.length, FRONT_8FT.length);
    assert.ok(evenlyVoiced(plucks, 1.5));
  });

  it('reports the register it plucked', async () => {
    const pluck = await bench.pluck(2, '8ft-front');
    assert.equal(pluck.register, '8ft-front');
    assert.equal(pluck.key, 2);
  });
});
