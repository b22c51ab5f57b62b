// expect: none
// The test hands function references only to things that take functions (vi.fn, expect(fn).toHaveBeenCalled, vi.waitFor) and calls every async operation it passes to Promise.all or awaits.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Evaporator {
  fire(): Promise<void>;
  flushFloat(): Promise<void>;
  drawOff(): Promise<number>;
  shutdown(): Promise<void>;
}

class BoilSession {
  private litresDrawn = 0;
  running = false;

  constructor(private readonly evap: Evaporator, private readonly onDraw: (litres: number) => Promise<void>) {}

  async start(): Promise<void> {
    await Promise.all([this.evap.fire(), this.evap.flushFloat()]);
    this.running = true;
  }

  async draw(): Promise<number> {
    if (!this.running) throw new Error('boil not started');
    const litres = await this.evap.drawOff();
    this.litresDrawn += litres;
    await this.onDraw(litres);
    return this.litresDrawn;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.evap.shutdown();
  }
}

describe('BoilSession', () => {
  let evap: { [K in keyof Evaporator]: ReturnType<typeof vi.fn> };
  let onDraw: ReturnType<typeof vi.fn>;
  let session: BoilSession;

  beforeEach(async () => {
    evap = {
      fire: vi.fn(async () => {}),
      flushFloat: vi.fn(async () => {}),
      drawOff: vi.fn().mockResolvedValue(12.5),
      shutdown: vi.fn(async () => {}),
    };
    onDraw = vi.fn(async () => {});
    session = new BoilSession(evap as unknown as Evaporator, onDraw as unknown as (l: number) => Promise<void>);
    await session.start();
  });

  afterEach(async () => {
    await session.stop();
    vi.restoreAllMocks();
  });

  it('fires the arch and flushes the float valve on start', () => {
    expect(evap.fire).toHaveBeenCalledOnce();
    expect(evap.flushFloat).toHaveBeenCalledOnce();
    expect(session.running).toBe(true);
  });

  it('accumulates syrup across draw-offs', async () => {
    await session.draw();
    const total = await session.draw();
    expect(total).toBe(25);
    expect(onDraw).toHaveBeenCalledTimes(2);
  });

  it('draws in parallel with a bottling callback', async () => {
    const bottled: number[] = [];
    onDraw.mockImplementation(async (l: number) => {
      bottled.push(l);
    });
    await Promise.all([session.draw(), session.draw(), session.draw()]);
    await vi.waitFor(() => expect(bottled).toHaveLength(3));
  });

  it('refuses to draw after shutdown', async () => {
    await session.stop();
    await expect(session.draw()).rejects.toThrow('boil not started');
    expect(evap.shutdown).toHaveBeenCalled();
  });
});
