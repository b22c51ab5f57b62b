// expect: none
// Every rejection check is awaited via expect(...).rejects and the allSettled results are checked entry by entry, including the rejected ones.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Drone {
  id: number;
  batteryPct: number;
  gpsFix: boolean;
  firmware: string;
}

const REQUIRED_FIRMWARE = '4.2.1';

async function preflight(drone: Drone): Promise<Drone> {
  await new Promise((resolve) => setTimeout(resolve, 1));
  if (drone.firmware !== REQUIRED_FIRMWARE) {
    throw new Error(`drone ${drone.id}: firmware ${drone.firmware} != ${REQUIRED_FIRMWARE}`);
  }
  if (!drone.gpsFix) {
    throw new Error(`drone ${drone.id}: no RTK fix`);
  }
  if (drone.batteryPct < 85) {
    throw new Error(`drone ${drone.id}: battery ${drone.batteryPct}%`);
  }
  return drone;
}

async function preflightFleet(fleet: Drone[]): Promise<{ ready: number[]; grounded: string[] }> {
  const results = await Promise.allSettled(fleet.map(preflight));
  const ready: number[] = [];
  const grounded: string[] = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') {
      ready.push(r.value.id);
    } else {
      grounded.push(r.reason instanceof Error ? r.reason.message : `drone ${fleet[i].id}: unknown`);
    }
  });
  return { ready, grounded };
}

const healthy = (id: number): Drone => ({ id, batteryPct: 97, gpsFix: true, firmware: REQUIRED_FIRMWARE });

describe('preflight', () => {
  it('passes a charged drone with a fix', async () => {
    const drone = await preflight(healthy(1));
    expect(drone.id).toBe(1);
  });

  it('grounds drones on old firmware', async () => {
    await expect(preflight({ ...healthy(2), firmware: '4.1.9' })).rejects.toThrow(/firmware 4.1.9/);
  });

  it('grounds drones without GPS fix', async () => {
    await expect(preflight({ ...healthy(3), gpsFix: false })).rejects.toThrow('no RTK fix');
  });
});

describe('preflightFleet', () => {
  it('reports every grounded drone with its reason', async () => {
    const fleet = [healthy(10), { ...healthy(11), batteryPct: 60 }, healthy(12), { ...healthy(13), gpsFix: false }];
    const { ready, grounded } = await preflightFleet(fleet);
    expect(ready).toEqual([10, 12]);
    expect(grounded).toHaveLength(2);
    expect(grounded[0]).toBe('drone 11: battery 60%');
  });
});
