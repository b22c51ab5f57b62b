// expect: no-multiple-settle
// waitForCue uses an async executor that awaits loadCueSheet before settling; if loading rejects (unknown show) the rejection is lost and the promise never settles.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Cue {
  id: string;
  at: number;
  kind: 'fade' | 'star-field' | 'narration' | 'house-lights';
}

class DomeProjector extends EventEmitter {
  private timers: NodeJS.Timeout[] = [];
  running = false;

  constructor(private readonly sheets: Map<string, Cue[]>) {
    super();
  }

  async loadCueSheet(showId: string): Promise<Cue[]> {
    const sheet = this.sheets.get(showId);
    if (!sheet) throw new Error(`no cue sheet for ${showId}`);
    return [...sheet].sort((a, b) => a.at - b.at);
  }

  start(cues: Cue[]): void {
    this.running = true;
    for (const cue of cues) {
      this.timers.push(setTimeout(() => this.emit('cue', cue), cue.at));
    }
    const end = Math.max(0, ...cues.map((c) => c.at)) + 1_000;
    this.timers.push(
      setTimeout(() => {
        this.running = false;
        this.emit('ended');
      }, end),
    );
  }

  stop(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
    this.running = false;
  }
}

function waitForCue(projector: DomeProjector, showId: string, cueId: string): Promise<Cue> {
  return new Promise<Cue>(async (resolve, reject) => {
    const cues = await projector.loadCueSheet(showId);
    if (!cues.some((c) => c.id === cueId)) {
      reject(new Error(`cue ${cueId} not in ${showId}`));
      return;
    }
    const onCue = (cue: Cue) => {
      if (cue.id !== cueId) return;
      projector.off('cue', onCue);
      resolve(cue);
    };
    projector.on('cue', onCue);
  });
}

describe('dome projector cues', () => {
  let projector: DomeProjector;

  beforeEach(() => {
    vi.useFakeTimers();
    projector = new DomeProjector(
      new Map([
        ['aurora', [
          { id: 'f1', at: 0, kind: 'fade' },
          { id: 's1', at: 1_500, kind: 'star-field' },
          { id: 'n1', at: 4_000, kind: 'narration' },
        ]],
        ['nebula', [
          { id: 'h1', at: 0, kind: 'house-lights' },
          { id: 's1', at: 12_000, kind: 'star-field' },
        ]],
      ]),
    );
  });

  afterEach(() => {
    projector.stop();
    projector.removeAllListeners();
    vi.useRealTimers();
  });

  it('fires the narration cue after the star field', async () => {
    const narration = waitForCue(projector, 'aurora', 'n1');
    projector.start(await projector.loadCueSheet('aurora'));

    await vi.advanceTimersByTimeAsync(5_000);

    await expect(narration).resolves.toMatchObject({ id: 'n1', kind: 'narration' });
  });

  it('rejects for a cue that is not in the sheet', async () => {
    await expect(waitForCue(projector, 'aurora', 'zz9')).rejects.toThrow(/not in aurora/);
  });

  it('emits ended once after the last cue', async () => {
    const ended = vi.fn();
    projector.on('ended', ended);
    projector.start(await projector.loadCueSheet('nebula'));

    await vi.advanceTimersByTimeAsync(20_000);

    expect(ended).toHaveBeenCalledTimes(1);
    expect(projector.running).toBe(false);
  });

  it('stop() cancels pending cues', async () => {
    const onCue = vi.fn();
    projector.on('cue', onCue);
    projector.start(await projector.loadCueSheet('nebula'));
    await vi.advanceTimersByTimeAsync(100);
    projector.stop();
    await vi.advanceTimersByTimeAsync(20_000);

    expect(onCue).toHaveBeenCalledTimes(1);
    expect(onCue).toHaveBeenCalledWith(expect.objectContaining({ id: 'h1' }));
  });
});
