// expect: none
// The test helper's executor settles once via the awaited event, an 'error' event, or its timeout, and every path clears the timer and removes both listeners.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface PipeSpec {
  rank: string;
  note: string;
  targetHz: number;
}

interface VoicingResult {
  rank: string;
  note: string;
  measuredHz: number;
  centsOff: number;
}

class VoicingBench extends EventEmitter {
  private timers = new Set<ReturnType<typeof setTimeout>>();

  blow(pipe: PipeSpec, windPressureMm: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (windPressureMm <= 0) {
        this.emit('error', new Error(`no wind for ${pipe.rank} ${pipe.note}`));
        return;
      }
      const drift = (windPressureMm - 80) * 0.02;
      const measuredHz = pipe.targetHz * (1 + drift / 100);
      const centsOff = 1200 * Math.log2(measuredHz / pipe.targetHz);
      this.emit('speech', { rank: pipe.rank, note: pipe.note, measuredHz, centsOff } satisfies VoicingResult);
    }, 5);
    this.timers.add(timer);
  }

  shutdown(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.removeAllListeners();
  }
}

function nextSpeech(bench: VoicingBench, timeoutMs = 500): Promise<VoicingResult> {
  return new Promise<VoicingResult>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      bench.off('speech', onSpeech);
      bench.off('error', onError);
    };
    const onSpeech = (result: VoicingResult) => {
      cleanup();
      resolve(result);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`bench produced no speech within ${timeoutMs}ms`));
    }, timeoutMs);

    bench.on('speech', onSpeech);
    bench.on('error', onError);
  });
}

describe('organ pipe voicing bench', () => {
  let bench: VoicingBench;
  const principal8: PipeSpec = { rank: 'Principal 8', note: 'A4', targetHz: 440 };

  beforeEach(() => {
    bench = new VoicingBench();
  });

  afterEach(() => {
    bench.shutdown();
  });

  it('reports a pipe in tune at nominal wind pressure', async () => {
    const speech = nextSpeech(bench);
    bench.blow(principal8, 80);
    const result = await speech;
    assert.equal(result.note, 'A4');
    assert.ok(Math.abs(result.centsOff) < 0.5, `expected < 0.5 cents, got ${result.centsOff}`);
  });

  it('reports sharp speech when wind pressure is raised', async () => {
    const speech = nextSpeech(bench);
    bench.blow(principal8, 95);
    const result = await speech;
    assert.ok(result.measuredHz > principal8.targetHz);
    assert.ok(result.centsOff > 0);
  });

  it('surfaces a bench error when the wind chest is empty', async () => {
    const speech = nextSpeech(bench);
    bench.blow(principal8, 0);
    await assert.rejects(speech, /no wind for Principal 8 A4/);
  });

  it('times out when no pipe is blown', async () => {
    await assert.rejects(nextSpeech(bench, 30), /no speech within 30ms/);
  });
});
