// expect: none
// pollUntilDry receives a reader function and calls it afresh on every iteration; the tests pass mocks as functions and await each call.
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(times: number): void;
}
interface AsyncMatchers {
  toThrow(message?: string | RegExp): Promise<void>;
  toEqual(expected: unknown): Promise<void>;
}
type Mock<A extends unknown[], R> = ((...args: A) => R) & { mock: { calls: A[] } };

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: ((actual: unknown) => Matchers & { rejects: AsyncMatchers; resolves: AsyncMatchers });
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): Mock<A, R>;
};

export interface DryingOutcome {
  rackId: string;
  polls: number;
  finalHumidityPct: number;
}

export async function pollUntilDry(
  rackId: string,
  readHumidity: (rackId: string) => Promise<number>,
  options: { targetPct: number; maxPolls: number; pause: () => Promise<void> },
): Promise<DryingOutcome> {
  for (let polls = 1; polls <= options.maxPolls; polls++) {
    const humidity = await readHumidity(rackId);
    if (humidity <= options.targetPct) {
      return { rackId, polls, finalHumidityPct: humidity };
    }
    await options.pause();
  }
  throw new Error(`rack ${rackId} still above ${options.targetPct}% after ${options.maxPolls} polls`);
}

function scriptedReader(values: number[]): Mock<[string], Promise<number>> {
  let i = 0;
  return vi.fn(async (_rackId: string) => values[Math.min(i++, values.length - 1)]);
}

describe('pollUntilDry', () => {
  let pause: Mock<[], Promise<void>>;

  beforeEach(() => {
    pause = vi.fn(async () => {});
  });

  it('re-reads the rack until the humidity target is met', async () => {
    const read = scriptedReader([41, 33, 24, 11]);
    const outcome = await pollUntilDry('rack-udon-2', read, { targetPct: 12, maxPolls: 10, pause });
    expect(outcome).toEqual({ rackId: 'rack-udon-2', polls: 4, finalHumidityPct: 11 });
    expect(read).toHaveBeenCalledTimes(4);
    expect(pause).toHaveBeenCalledTimes(3);
  });

  it('returns immediately when the rack is already dry', async () => {
    const read = scriptedReader([9]);
    const outcome = await pollUntilDry('rack-soba-1', read, { targetPct: 12, maxPolls: 10, pause });
    expect(outcome.polls).toBe(1);
    expect(pause).toHaveBeenCalledTimes(0);
  });

  it('gives up after the poll budget', async () => {
    const read = scriptedReader([40, 39, 38]);
    await expect(pollUntilDry('rack-ramen-4', read, { targetPct: 12, maxPolls: 3, pause })).rejects.toThrow(
      /still above 12% after 3 polls/,
    );
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('passes the rack id to every read', async () => {
    const read = scriptedReader([20, 10]);
    await pollUntilDry('rack-lamian-9', read, { targetPct: 12, maxPolls: 5, pause });
    expect(read.mock.calls).toEqual([['rack-lamian-9'], ['rack-lamian-9']]);
  });
});
