// expect: no-floating-promises
// The afterEach hook calls the async mount.park() as a bare statement, so the runner moves on before parking finishes and a failed park is never reported.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};

interface AltAz {
  altDeg: number;
  azDeg: number;
}

class SimulatedMount {
  position: AltAz = { altDeg: 90, azDeg: 0 };
  parked = true;
  limitAltDeg = 10;
  slews = 0;

  async unpark(): Promise<void> {
    await this.settle(5);
    this.parked = false;
  }

  async slewTo(target: AltAz): Promise<void> {
    if (this.parked) throw new Error("mount is parked");
    if (target.altDeg < this.limitAltDeg) {
      throw new Error(`target altitude ${target.altDeg}° below horizon limit`);
    }
    await this.settle(10);
    this.position = { ...target };
    this.slews += 1;
  }

  async park(): Promise<void> {
    if (this.parked) return;
    await this.settle(10);
    this.position = { altDeg: 90, azDeg: 0 };
    this.parked = true;
  }

  private settle(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}

function separationDeg(a: AltAz, b: AltAz): number {
  const rad = Math.PI / 180;
  const cos =
    Math.sin(a.altDeg * rad) * Math.sin(b.altDeg * rad) +
    Math.cos(a.altDeg * rad) * Math.cos(b.altDeg * rad) * Math.cos((a.azDeg - b.azDeg) * rad);
  return Math.acos(Math.min(1, Math.max(-1, cos))) / rad;
}

describe("telescope mount", () => {
  let mount: SimulatedMount;

  beforeEach(async () => {
    mount = new SimulatedMount();
    await mount.unpark();
  });

  afterEach(() => {
    mount.park();
  });

  it("slews to a target above the horizon limit", async () => {
    await mount.slewTo({ altDeg: 45, azDeg: 120 });
    expect(mount.position.altDeg).toBe(45);
    expect(mount.position.azDeg).toBe(120);
  });

  it("refuses targets below the horizon limit", async () => {
    await expect(mount.slewTo({ altDeg: 4, azDeg: 200 })).rejects.toThrow(/below horizon/);
    expect(mount.slews).toBe(0);
  });

  it("tracks angular separation between successive targets", async () => {
    const first: AltAz = { altDeg: 30, azDeg: 90 };
    const second: AltAz = { altDeg: 60, azDeg: 90 };
    await mount.slewTo(first);
    await mount.slewTo(second);
    expect(separationDeg(first, second)).toBeCloseTo(30, 5);
    expect(mount.slews).toBe(2);
  });

  it("cannot slew after parking", async () => {
    await mount.park();
    await expect(mount.slewTo({ altDeg: 50, azDeg: 10 })).rejects.toThrow("mount is parked");
  });
});
