// expect: none
// releaseAll maps each lever to the promise returned by calling release(), so Promise.all really waits for every lever to go back to normal.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Lever {
  readonly number: number;
  readonly colour: 'red' | 'yellow' | 'black' | 'blue';
  release(): Promise<void>;
}

class SignalBoxShift {
  constructor(private readonly levers: Lever[]) {}

  async releaseAll(): Promise<number[]> {
    const pulled = this.levers.filter((l) => l.colour !== 'black');
    // distant (yellow) signals must go back before their home (red) signals
    const yellows = pulled.filter((l) => l.colour === 'yellow');
    const rest = pulled.filter((l) => l.colour !== 'yellow');
    await Promise.all(yellows.map((l) => l.release()));
    await Promise.all(rest.map((l) => l.release()));
    return pulled.map((l) => l.number);
  }
}

function lever(number: number, colour: Lever['colour'], order: number[]): Lever {
  return {
    number,
    colour,
    release: vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10 - number % 10));
      order.push(number);
    }),
  };
}

describe('SignalBoxShift.releaseAll', () => {
  let order: number[];

  beforeEach(() => {
    order = [];
    vi.useRealTimers();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('releases every pulled lever and skips spare levers', async () => {
    const levers = [lever(1, 'yellow', order), lever(2, 'red', order), lever(5, 'black', order), lever(7, 'blue', order)];
    const released = await new SignalBoxShift(levers).releaseAll();
    expect(released).toEqual([1, 2, 7]);
    expect(levers[2].release).not.toHaveBeenCalled();
    expect(order.sort()).toEqual([1, 2, 7]);
  });

  it('puts distant signals back before home signals', async () => {
    const levers = [lever(2, 'red', order), lever(3, 'red', order), lever(1, 'yellow', order), lever(4, 'yellow', order)];
    await new SignalBoxShift(levers).releaseAll();
    expect(order.slice(0, 2).sort()).toEqual([1, 4]);
    expect(order.slice(2).sort()).toEqual([2, 3]);
  });

  it('propagates a jammed lever', async () => {
    const jammed: Lever = { number: 9, colour: 'red', release: vi.fn().mockRejectedValue(new Error('lever 9 jammed')) };
    await expect(new SignalBoxShift([jammed]).releaseAll()).rejects.toThrow('lever 9 jammed');
  });
});
