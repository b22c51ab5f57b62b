// expect: no-uncalled-async-function
// afterEach does `await session.shutdown` without calling it, so the heater interval and the open isopropanol valve from each test are never shut down and leak into the next test (the mocked valve keeps recording stray calls).
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Heater { setWatts(w: number): void }
interface Valve { open(): Promise<void>; close(): Promise<void> }
interface Thermo { readC(): number }

class ChamberSession {
  private loop: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly heater: Heater,
    private readonly valve: Valve,
    private readonly trough: Thermo,
    private readonly targetC = 45,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    await this.valve.open();
    this.running = true;
    this.loop = setInterval(() => this.regulate(), 1_000);
  }

  private regulate(): void {
    const error = this.targetC - this.trough.readC();
    this.heater.setWatts(Math.max(0, Math.min(60, Math.round(error * 8))));
  }

  get isRunning(): boolean {
    return this.running;
  }

  async shutdown(): Promise<void> {
    if (!this.running) return;
    clearInterval(this.loop);
    this.loop = undefined;
    this.heater.setWatts(0);
    await this.valve.close();
    this.running = false;
  }
}

describe('ChamberSession', () => {
  let heater: { setWatts: ReturnType<typeof vi.fn<Heater['setWatts']>> };
  let valve: { open: ReturnType<typeof vi.fn<Valve['open']>>; close: ReturnType<typeof vi.fn<Valve['close']>> };
  let trough: { readC: ReturnType<typeof vi.fn<Thermo['readC']>> };
  let session: ChamberSession;

  beforeEach(() => {
    vi.useFakeTimers();
    heater = { setWatts: vi.fn<Heater['setWatts']>() };
    valve = { open: vi.fn<Valve['open']>().mockResolvedValue(undefined), close: vi.fn<Valve['close']>().mockResolvedValue(undefined) };
    trough = { readC: vi.fn<Thermo['readC']>().mockReturnValue(20) };
    session = new ChamberSession(heater, valve, trough);
  });

  afterEach(async () => {
    await session.shutdown;
    vi.useRealTimers();
  });

  it('opens the alcohol valve before regulating', async () => {
    await session.start();
    expect(valve.open).toHaveBeenCalledOnce();
    expect(session.isRunning).toBe(true);
  });

  it('drives the heater proportionally to the trough error', async () => {
    await session.start();
    trough.readC.mockReturnValueOnce(40).mockReturnValueOnce(44.5);
    vi.advanceTimersByTime(2_000);
    expect(heater.setWatts.mock.calls).toEqual([[40], [4]]);
  });

  it('caps heater power at 60 W when the trough is cold', async () => {
    await session.start();
    vi.advanceTimersByTime(1_000);
    expect(heater.setWatts).toHaveBeenLastCalledWith(60);
  });

  it('turns the heater off and closes the valve on shutdown', async () => {
    await session.start();
    await session.shutdown();
    expect(heater.setWatts).toHaveBeenLastCalledWith(0);
    expect(valve.close).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });
});
