// expect: none
// Every async method is actually called where a promise is awaited (trigger(), close()), and the bare function references go only to APIs that want callbacks (vi.waitFor, mockImplementation), so nothing awaits an uncalled function.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface SirenDriver {
  sound(zone: string, pattern: 'pulse' | 'steady'): Promise<void>;
  silence(zone: string): Promise<void>;
}

class SirenController {
  private readonly active = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly driver: SirenDriver,
    private readonly onError: (err: unknown) => void,
    private readonly autoSilenceMs = 10 * 60_000,
  ) {}

  async trigger(zone: string): Promise<void> {
    if (this.active.has(zone)) return;
    await this.driver.sound(zone, 'pulse');
    const timer = setTimeout(() => {
      this.silence(zone).catch(this.onError);
    }, this.autoSilenceMs);
    this.active.set(zone, timer);
  }

  async silence(zone: string): Promise<void> {
    const timer = this.active.get(zone);
    if (!timer) return;
    clearTimeout(timer);
    this.active.delete(zone);
    await this.driver.silence(zone);
  }

  isSounding(zone: string): boolean {
    return this.active.has(zone);
  }

  async close(): Promise<void> {
    await Promise.all([...this.active.keys()].map((zone) => this.silence(zone)));
  }
}

describe('SirenController', () => {
  let driver: {
    sound: ReturnType<typeof vi.fn<SirenDriver['sound']>>;
    silence: ReturnType<typeof vi.fn<SirenDriver['silence']>>;
  };
  let onError: ReturnType<typeof vi.fn<(err: unknown) => void>>;
  let controller: SirenController;

  beforeEach(() => {
    vi.useFakeTimers();
    driver = {
      sound: vi.fn<SirenDriver['sound']>().mockResolvedValue(undefined),
      silence: vi.fn<SirenDriver['silence']>().mockResolvedValue(undefined),
    };
    onError = vi.fn<(err: unknown) => void>();
    controller = new SirenController(driver, onError);
  });

  afterEach(async () => {
    await controller.close();
    vi.useRealTimers();
  });

  it('sounds a pulsing siren for the zone', async () => {
    await controller.trigger('B7-riesling');

    expect(driver.sound).toHaveBeenCalledWith('B7-riesling', 'pulse');
    expect(controller.isSounding('B7-riesling')).toBe(true);
  });

  it('silences itself after ten minutes', async () => {
    await controller.trigger('B7-riesling');
    await vi.advanceTimersByTimeAsync(10 * 60_000);

    await vi.waitFor(() => expect(driver.silence).toHaveBeenCalledWith('B7-riesling'));
    expect(controller.isSounding('B7-riesling')).toBe(false);
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports a driver failure during auto-silence', async () => {
    driver.silence.mockImplementation(async (zone) => {
      throw new Error(`relay for ${zone} stuck closed`);
    });
    await controller.trigger('C2-gamay');
    await vi.advanceTimersByTimeAsync(10 * 60_000);

    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'relay for C2-gamay stuck closed' }));
  });

  it('silences every zone on close', async () => {
    await controller.trigger('A1-pinot');
    await controller.trigger('A2-pinot');
    await controller.close();

    expect(driver.silence).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});
