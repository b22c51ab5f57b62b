// expect: no-uncalled-async-function
// The teardown does `await supervisor.shutdown` without calling it, so the watchdog interval and the kiln lock are never released and the next test's supervisor for the same kiln fails with "already supervised".
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface KilnBus {
  readTemp(kilnId: string): Promise<number>;
  cutPower(kilnId: string): Promise<void>;
}

const supervised = new Set<string>();

class KilnSupervisor extends EventEmitter {
  private watchdog: NodeJS.Timeout | null = null;
  private tripped = false;

  constructor(private readonly kilnId: string, private readonly bus: KilnBus, private readonly limitC: number) {
    super();
    if (supervised.has(kilnId)) throw new Error(`kiln ${kilnId} already supervised`);
    supervised.add(kilnId);
  }

  start(everyMs: number): void {
    this.watchdog = setInterval(() => {
      this.check().catch((err: unknown) => this.emit('fault', err));
    }, everyMs);
  }

  async check(): Promise<void> {
    if (this.tripped) return;
    const temp = await this.bus.readTemp(this.kilnId);
    if (temp > this.limitC) {
      this.tripped = true;
      await this.bus.cutPower(this.kilnId);
      this.emit('tripped', temp);
    }
  }

  async shutdown(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    supervised.delete(this.kilnId);
    this.removeAllListeners();
  }
}

describe('KilnSupervisor', () => {
  let bus: { readTemp: ReturnType<typeof vi.fn<KilnBus['readTemp']>>; cutPower: ReturnType<typeof vi.fn<KilnBus['cutPower']>> };
  let supervisor: KilnSupervisor;

  beforeEach(() => {
    vi.useFakeTimers();
    bus = {
      readTemp: vi.fn<KilnBus['readTemp']>().mockResolvedValue(1_100),
      cutPower: vi.fn<KilnBus['cutPower']>().mockResolvedValue(undefined),
    };
    supervisor = new KilnSupervisor('studio-kiln', bus, 1_290);
  });

  afterEach(async () => {
    await supervisor.shutdown;
    vi.useRealTimers();
  });

  it('leaves power on while the kiln is under its limit', async () => {
    supervisor.start(5_000);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(bus.readTemp).toHaveBeenCalledTimes(3);
    expect(bus.cutPower).not.toHaveBeenCalled();
  });

  it('cuts power once on over-temperature', async () => {
    bus.readTemp.mockResolvedValue(1_315);
    const tripped = vi.fn();
    supervisor.on('tripped', tripped);
    supervisor.start(5_000);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(bus.cutPower).toHaveBeenCalledTimes(1);
    expect(tripped).toHaveBeenCalledWith(1_315);
  });

  it('reports a bus fault without cutting power', async () => {
    bus.readTemp.mockRejectedValueOnce(new Error('modbus timeout'));
    const faults: unknown[] = [];
    supervisor.on('fault', (err) => faults.push(err));
    await supervisor.check().catch((err: unknown) => faults.push(err));
    expect(faults).toHaveLength(1);
    expect(bus.cutPower).not.toHaveBeenCalled();
  });
});
