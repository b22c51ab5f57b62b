// expect: no-floating-promises
// Bug: afterEach calls harness.stopAll() as a statement in a block body, so its promise is dropped and relays can still be shutting down when the next test starts.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface BeaconFix {
  beaconId: string;
  lat: number;
  lon: number;
  altitudeM: number;
  hdop: number;
}

interface Relay {
  id: string;
  forwarded: BeaconFix[];
  start(): Promise<void>;
  stop(): Promise<void>;
  receive(fix: BeaconFix): Promise<void>;
}

declare function createRelay(id: string, opts: { minHdop: number; hopLimit: number }): Relay;

class RelayHarness {
  readonly relays: Relay[] = [];

  async spawn(id: string, minHdop = 5): Promise<Relay> {
    const relay = createRelay(id, { minHdop, hopLimit: 3 });
    await relay.start();
    this.relays.push(relay);
    return relay;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.relays.map((r) => r.stop()));
    this.relays.length = 0;
  }
}

function fix(beaconId: string, hdop: number, altitudeM = 1850): BeaconFix {
  return { beaconId, lat: 46.5605, lon: 8.5614, altitudeM, hdop };
}

describe('mountain rescue beacon relay', () => {
  let harness: RelayHarness;

  beforeEach(() => {
    harness = new RelayHarness();
  });

  afterEach(() => {
    harness.stopAll();
  });

  it('forwards a fix with good geometry', async () => {
    const relay = await harness.spawn('ridge-hut');
    await relay.receive(fix('PLB-77', 1.2));
    expect(relay.forwarded.length).toBe(1);
    expect(relay.forwarded[0].beaconId).toBe('PLB-77');
  });

  it('drops fixes with poor horizontal dilution', async () => {
    const relay = await harness.spawn('col-station', 2);
    await relay.receive(fix('PLB-12', 4.8));
    expect(relay.forwarded).toEqual([]);
  });

  it('keeps the altitude of a fix from a crevasse', async () => {
    const relay = await harness.spawn('glacier-camp');
    await relay.receive(fix('AVY-3', 0.9, 3120));
    expect(relay.forwarded[0].altitudeM).toBeGreaterThan(3000);
  });

  it('runs several relays along the valley', async () => {
    const a = await harness.spawn('valley-a');
    const b = await harness.spawn('valley-b');
    await Promise.all([a.receive(fix('PLB-1', 1)), b.receive(fix('PLB-2', 1))]);
    expect(harness.relays.length).toBe(2);
    expect(a.forwarded.length + b.forwarded.length).toBe(2);
  });
});
