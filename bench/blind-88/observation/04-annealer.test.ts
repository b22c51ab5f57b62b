// expect: none
// Each stored promise gets its handler before the test yields: the rejects/resolves assertion is created before advancing fake timers, and the once() waiter is created before the action and joined with it in Promise.all before timers advance.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface AnnealSchedule {
  soakC: number;
  soakMinutes: number;
  coolRateCPerHour: number;
}

class Annealer extends EventEmitter {
  temperatureC = 20;
  private door: 'open' | 'closed' = 'closed';

  openDoor() {
    this.door = 'open';
  }

  async anneal(piece: string, schedule: AnnealSchedule): Promise<{ piece: string; minutes: number }> {
    if (this.door === 'open') {
      await new Promise((r) => setTimeout(r, 1_000));
      throw new Error(`door open, refusing to anneal ${piece}`);
    }
    this.temperatureC = schedule.soakC;
    await new Promise((r) => setTimeout(r, schedule.soakMinutes * 60_000));
    const coolMinutes = Math.ceil(((schedule.soakC - 20) / schedule.coolRateCPerHour) * 60);
    await new Promise((r) => setTimeout(r, coolMinutes * 60_000));
    this.temperatureC = 20;
    this.emit('annealed', piece);
    return { piece, minutes: schedule.soakMinutes + coolMinutes };
  }
}

const GOBLET: AnnealSchedule = { soakC: 482, soakMinutes: 30, coolRateCPerHour: 231 };

describe('Annealer', () => {
  let oven: Annealer;

  beforeEach(() => {
    vi.useFakeTimers();
    oven = new Annealer();
  });

  afterEach(() => {
    vi.useRealTimers();
    oven.removeAllListeners();
  });

  it('soaks and cools a goblet on schedule', async () => {
    const run = oven.anneal('goblet-17', GOBLET);
    const assertion = expect(run).resolves.toEqual({ piece: 'goblet-17', minutes: 30 + 120 });
    await vi.advanceTimersByTimeAsync((30 + 120) * 60_000);
    await assertion;
    expect(oven.temperatureC).toBe(20);
  });

  it('refuses to run with the door open', async () => {
    oven.openDoor();
    const assertion = expect(oven.anneal('vase-3', GOBLET)).rejects.toThrow(/door open/);
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
  });

  it('announces when a piece is done', async () => {
    const annealed = once(oven, 'annealed');
    const finished = Promise.all([
      annealed,
      oven.anneal('bowl-8', { soakC: 260, soakMinutes: 10, coolRateCPerHour: 240 }),
    ]);
    await vi.advanceTimersByTimeAsync(70 * 60_000);
    const [[piece], result] = await finished;
    expect(piece).toBe('bowl-8');
    expect(result.minutes).toBe(70);
  });
});
