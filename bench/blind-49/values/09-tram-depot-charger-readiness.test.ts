// expect: none
// Assertions check awaited values (expect(await ...)) or hand the promise to .resolves/.rejects, which unwrap it; no promise is asserted on as a plain value.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface ChargerTelemetry {
  pantographDown: boolean;
  insulationOk: boolean;
  temperatureC: number;
  maxKw: number;
}

type TelemetrySource = (chargerId: string) => Promise<ChargerTelemetry>;

class DepotCharger {
  private sessions = 0;

  constructor(readonly chargerId: string, private readonly telemetry: TelemetrySource) {}

  async isReady(): Promise<boolean> {
    const t = await this.telemetry(this.chargerId);
    return t.insulationOk && !t.pantographDown && t.temperatureC < 70;
  }

  async start(tramId: string, requestedKw: number): Promise<{ tramId: string; kw: number; session: number }> {
    const t = await this.telemetry(this.chargerId);
    if (!t.insulationOk) throw new Error(`charger ${this.chargerId}: insulation fault`);
    if (t.pantographDown) throw new Error(`charger ${this.chargerId}: pantograph still lowered`);
    const derate = t.temperatureC > 55 ? 0.5 : 1;
    this.sessions++;
    return { tramId, kw: Math.min(requestedKw, t.maxKw * derate), session: this.sessions };
  }
}

describe('DepotCharger', () => {
  let state: ChargerTelemetry;
  let charger: DepotCharger;

  beforeEach(() => {
    state = { pantographDown: false, insulationOk: true, temperatureC: 31, maxKw: 300 };
    charger = new DepotCharger('bay-4', async () => ({ ...state }));
  });

  it('is ready when insulation is good and the pantograph is up', async () => {
    expect(await charger.isReady()).toBe(true);
  });

  it('is not ready while overheated', async () => {
    state.temperatureC = 74;
    await expect(charger.isReady()).resolves.toBe(false);
  });

  it('derates a hot charger to half power', async () => {
    state.temperatureC = 60;
    const session = await charger.start('T-2031', 250);
    expect(session.kw).toBe(150);
    expect(session.session).toBeGreaterThan(0);
  });

  it('caps a request at the charger maximum', async () => {
    await expect(charger.start('T-2044', 450)).resolves.toEqual({ tramId: 'T-2044', kw: 300, session: 1 });
  });

  it('refuses to start with an insulation fault', async () => {
    state.insulationOk = false;
    await expect(charger.start('T-2050', 200)).rejects.toThrow(/insulation fault/);
    expect(await charger.isReady()).toBe(false);
  });
});
