// expect: no-multiple-settle
// Bug: waitForCabin uses an async executor; if reserveCabin rejects, the rejection escapes the executor and the returned promise never settles, hanging the test.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
};
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;

interface ArrivalEvent {
  cabinId: string;
  platform: number;
  doorsOpenAt: number;
}

interface SimCabin {
  id: string;
  call(platform: number): void;
  on(event: "arrived", listener: (ev: ArrivalEvent) => void): void;
  on(event: "fault", listener: (err: Error) => void): void;
  off(event: "arrived", listener: (ev: ArrivalEvent) => void): void;
  off(event: "fault", listener: (err: Error) => void): void;
}

declare const liftSim: {
  reset(): Promise<void>;
  shutdown(): Promise<void>;
  reserveCabin(liftId: string): Promise<SimCabin>;
  release(cabinId: string): void;
  setWind(knots: number): void;
  loadGuests(cabinId: string, count: number): void;
};

export function waitForCabin(liftId: string, platform: number): Promise<ArrivalEvent> {
  return new Promise<ArrivalEvent>(async (resolve, reject) => {
    const cabin = await liftSim.reserveCabin(liftId);

    const onArrived = (ev: ArrivalEvent) => {
      if (ev.platform !== platform) return;
      detach();
      liftSim.release(cabin.id);
      resolve(ev);
    };
    const onFault = (err: Error) => {
      detach();
      liftSim.release(cabin.id);
      reject(err);
    };
    const detach = () => {
      cabin.off("arrived", onArrived);
      cabin.off("fault", onFault);
    };

    cabin.on("arrived", onArrived);
    cabin.on("fault", onFault);
    cabin.call(platform);
  });
}

describe("treehouse lift arrivals", () => {
  beforeEach(async () => {
    await liftSim.reset();
    liftSim.setWind(0);
  });

  afterEach(async () => {
    await liftSim.shutdown();
  });

  it("delivers the canopy cabin to the top platform", async () => {
    const arrival = await waitForCabin("oak-canopy", 3);
    expect(arrival.platform).toBe(3);
  });

  it("stops at the middle deck when called there", async () => {
    const arrival = await waitForCabin("oak-canopy", 2);
    expect(arrival.platform).toBe(2);
  });

  it("keeps travel time under 40s in moderate wind", async () => {
    liftSim.setWind(18);
    const start = Date.now();
    const arrival = await waitForCabin("pine-suite", 4);
    expect(arrival.doorsOpenAt - start).toBeLessThan(40_000);
  });

  it("serves two lifts independently", async () => {
    const [a, b] = await Promise.all([waitForCabin("oak-canopy", 1), waitForCabin("pine-suite", 4)]);
    expect([a.platform, b.platform]).toEqual([1, 4]);
  });
});
