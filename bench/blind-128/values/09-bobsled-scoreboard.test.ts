// expect: no-read-before-settle
// In the "acknowledges a published run" test the callback that sets `acked` is invoked from setImmediate, but the assertion reads `acked` synchronously right after publish() returns.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface RunResult {
  sled: string;
  pilot: string;
  heat: number;
  totalMs: number;
}

type Ack = { position: number; behindMs: number };

class Scoreboard {
  private readonly runs: RunResult[] = [];
  readonly frames: string[] = [];

  publish(run: RunResult, cb: (err: Error | null, ack?: Ack) => void): void {
    if (run.totalMs <= 0) {
      setImmediate(() => cb(new RangeError(`invalid time for ${run.sled}`)));
      return;
    }
    this.runs.push(run);
    this.runs.sort((a, b) => a.totalMs - b.totalMs);
    const position = this.runs.indexOf(run) + 1;
    const behindMs = run.totalMs - this.runs[0].totalMs;
    setImmediate(() => {
      this.frames.push(`${position}. ${run.sled} ${run.pilot} ${(run.totalMs / 1000).toFixed(2)}`);
      cb(null, { position, behindMs });
    });
  }

  leader(): RunResult | undefined {
    return this.runs[0];
  }
}

function publishAsync(board: Scoreboard, run: RunResult): Promise<Ack> {
  return new Promise((resolve, reject) => {
    board.publish(run, (err, ack) => (err ? reject(err) : resolve(ack!)));
  });
}

describe('Scoreboard', () => {
  let board: Scoreboard;

  beforeEach(() => {
    board = new Scoreboard();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ranks runs by total time', async () => {
    await publishAsync(board, { sled: 'LAT-1', pilot: 'Ķibermanis', heat: 1, totalMs: 49_870 });
    const ack = await publishAsync(board, { sled: 'GER-1', pilot: 'Friedrich', heat: 1, totalMs: 49_512 });
    expect(ack).toEqual({ position: 1, behindMs: 0 });
    expect(board.leader()?.sled).toBe('GER-1');
  });

  it('acknowledges a published run', () => {
    let acked = false;
    board.publish({ sled: 'SUI-2', pilot: 'Vogt', heat: 2, totalMs: 50_104 }, (err) => {
      acked = err === null;
    });
    expect(acked).toBe(true);
    expect(board.leader()?.pilot).toBe('Vogt');
  });

  it('rejects a non-positive time', async () => {
    await expect(publishAsync(board, { sled: 'CAN-3', pilot: 'Kripps', heat: 1, totalMs: 0 })).rejects.toThrow(RangeError);
    expect(board.leader()).toBeUndefined();
  });

  it('renders a scoreboard frame after the ack', async () => {
    await publishAsync(board, { sled: 'GBR-1', pilot: 'Hall', heat: 1, totalMs: 50_330 });
    expect(board.frames).toEqual(['1. GBR-1 Hall 50.33']);
  });
});
