// expect: none
// The one assertion made on a promise object checks that tune() returns a Promise (toBeInstanceOf); every value assertion awaits first or uses .resolves/.rejects with await.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type Drone = 'tenor-left' | 'tenor-right' | 'bass';

interface Reading {
  drone: Drone;
  hz: number;
}

class DroneTuner {
  constructor(
    private readonly listen: (drone: Drone) => Promise<Reading>,
    private readonly chanterHz = 480,
  ) {}

  tune(drone: Drone): Promise<{ drone: Drone; cents: number; inTune: boolean }> {
    return this.listen(drone).then(({ hz }) => {
      const target = drone === 'bass' ? this.chanterHz / 4 : this.chanterHz / 2;
      const cents = Math.round(1200 * Math.log2(hz / target));
      return { drone, cents, inTune: Math.abs(cents) <= 3 };
    });
  }

  async tuneAll(): Promise<Drone[]> {
    const drones: Drone[] = ['tenor-left', 'tenor-right', 'bass'];
    const results = await Promise.all(drones.map((d) => this.tune(d)));
    return results.filter((r) => !r.inTune).map((r) => r.drone);
  }
}

describe('DroneTuner', () => {
  let listen: ReturnType<typeof vi.fn<(d: Drone) => Promise<Reading>>>;
  let tuner: DroneTuner;

  beforeEach(() => {
    listen = vi.fn(async (drone: Drone) => ({ drone, hz: drone === 'bass' ? 120 : 240 }));
    tuner = new DroneTuner(listen);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('returns a promise so the UI can show a spinner', async () => {
    const pending = tuner.tune('bass');
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).resolves.toEqual({ drone: 'bass', cents: 0, inTune: true });
  });

  it('reports a flat tenor in cents', async () => {
    listen.mockResolvedValueOnce({ drone: 'tenor-left', hz: 238 });
    const result = await tuner.tune('tenor-left');
    expect(result.cents).toBe(-14);
    expect(result.inTune).toBe(false);
  });

  it('lists the drones that still need work', async () => {
    listen.mockImplementation(async (drone) => ({ drone, hz: drone === 'tenor-right' ? 242 : drone === 'bass' ? 120 : 240 }));
    expect(await tuner.tuneAll()).toEqual(['tenor-right']);
  });

  it('propagates a microphone failure', async () => {
    listen.mockRejectedValueOnce(new Error('no signal from mic'));
    await expect(tuner.tune('tenor-right')).rejects.toThrow('no signal from mic');
  });

  it('tunes against a custom chanter pitch', async () => {
    const sharpBand = new DroneTuner(listen, 484);
    listen.mockResolvedValueOnce({ drone: 'tenor-left', hz: 242 });
    await expect(sharpBand.tune('tenor-left')).resolves.toMatchObject({ cents: 0 });
  });
});
