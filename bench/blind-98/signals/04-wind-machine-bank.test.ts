// expect: no-leaked-race
// within() races the work against a setTimeout that is never cleared, so after every passing assertion the losing timer keeps running for its full budget, holding the test worker open and rejecting into nothing later.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface FanDriver {
  spinUp(fanId: string, rpm: number): Promise<number>;
  stop(fanId: string): Promise<void>;
}

interface ProtectingEvent {
  block: string;
  fans: string[];
}

class WindMachineBank extends EventEmitter {
  private readonly running = new Set<string>();

  constructor(
    private readonly driver: FanDriver,
    private readonly fansByBlock: Record<string, readonly string[]>,
  ) {
    super();
  }

  async protect(block: string, rpm = 590): Promise<string[]> {
    const fans = this.fansByBlock[block] ?? [];
    const reached = await Promise.all(fans.map((id) => this.driver.spinUp(id, rpm)));
    for (const id of fans) this.running.add(id);
    const started = fans.filter((_, i) => reached[i] >= rpm * 0.95);
    const event: ProtectingEvent = { block, fans: started };
    this.emit('protecting', event);
    return started;
  }

  async shutdown(): Promise<void> {
    const ids = [...this.running];
    this.running.clear();
    await Promise.all(ids.map((id) => this.driver.stop(id)));
  }

  isRunning(fanId: string): boolean {
    return this.running.has(fanId);
  }
}

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${what} did not finish within ${ms}ms`)), ms);
    }),
  ]);
}

describe('WindMachineBank', () => {
  let driver: {
    spinUp: ReturnType<typeof vi.fn<FanDriver['spinUp']>>;
    stop: ReturnType<typeof vi.fn<FanDriver['stop']>>;
  };
  let bank: WindMachineBank;

  beforeEach(() => {
    driver = {
      spinUp: vi.fn<FanDriver['spinUp']>(async (_id, rpm) => rpm),
      stop: vi.fn<FanDriver['stop']>().mockResolvedValue(undefined),
    };
    bank = new WindMachineBank(driver, { 'B7-riesling': ['fan-3', 'fan-4'], 'C1-gamay': ['fan-9'] });
  });

  afterEach(async () => {
    await bank.shutdown();
    bank.removeAllListeners();
    vi.restoreAllMocks();
  });

  it('spins up every fan in the block', async () => {
    const started = await within(bank.protect('B7-riesling'), 1_000, 'protect B7');

    expect(started).toEqual(['fan-3', 'fan-4']);
    expect(driver.spinUp).toHaveBeenCalledWith('fan-3', 590);
    expect(bank.isRunning('fan-9')).toBe(false);
  });

  it('leaves a fan that never reached speed out of the protecting event', async () => {
    driver.spinUp.mockResolvedValueOnce(410);

    const [[event]] = await within(
      Promise.all([once(bank, 'protecting'), bank.protect('B7-riesling')]),
      1_000,
      'protecting event',
    );

    expect((event as ProtectingEvent).fans).toEqual(['fan-4']);
  });

  it('stops every running fan on shutdown', async () => {
    await within(bank.protect('C1-gamay'), 1_000, 'protect C1');
    await within(bank.shutdown(), 1_000, 'shutdown');

    expect(driver.stop).toHaveBeenCalledWith('fan-9');
    expect(bank.isRunning('fan-9')).toBe(false);
  });
});
