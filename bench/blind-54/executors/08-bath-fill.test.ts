// expect: none
// The 'level' handler fires repeatedly, but the executor settles once: it detaches every listener and clears the timer before resolving or rejecting.
import { EventEmitter } from "node:events";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern?: string | RegExp): Promise<void> };
};

interface BathTank extends EventEmitter {
  openValve(): void;
  closeValve(): void;
}

class FakeTank extends EventEmitter implements BathTank {
  valveOpen = false;
  openValve(): void {
    this.valveOpen = true;
  }
  closeValve(): void {
    this.valveOpen = false;
  }
}

function fillBath(tank: BathTank, targetLitres: number, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      tank.off("level", onLevel);
      tank.off("leak", onLeak);
      tank.closeValve();
      fn();
    };
    const onLevel = (litres: number) => {
      if (litres >= targetLitres) settle(() => resolve(litres));
    };
    const onLeak = (where: string) => settle(() => reject(new Error(`leak at ${where}`)));
    const timer = setTimeout(
      () => settle(() => reject(new Error(`bath not full after ${timeoutMs}ms`))),
      timeoutMs,
    );
    tank.on("level", onLevel);
    tank.on("leak", onLeak);
    tank.openValve();
  });
}

describe("fillBath", () => {
  let tank: FakeTank;

  beforeEach(() => {
    tank = new FakeTank();
  });

  it("resolves once the elephant-sized target is reached", async () => {
    const filling = fillBath(tank, 4_000, 200);
    tank.emit("level", 1_500);
    tank.emit("level", 4_050);
    tank.emit("level", 4_100);
    expect(await filling).toBe(4_050);
    expect(tank.valveOpen).toBe(false);
    expect(tank.listenerCount("level")).toBe(0);
  });

  it("rejects on a leak and ignores later levels", async () => {
    const filling = fillBath(tank, 4_000, 200);
    tank.emit("leak", "drain plug");
    tank.emit("level", 4_500);
    await expect(filling).rejects.toThrow("leak at drain plug");
    expect(tank.listenerCount("leak")).toBe(0);
  });

  it("times out when the level never rises", async () => {
    const filling = fillBath(tank, 4_000, 20);
    tank.emit("level", 10);
    await expect(filling).rejects.toThrow(/not full after 20ms/);
    expect(tank.valveOpen).toBe(false);
  });

  it("leaves no listeners behind across consecutive baths", async () => {
    for (const target of [3_000, 3_500]) {
      const filling = fillBath(tank, target, 200);
      tank.emit("level", target);
      expect(await filling).toEqual(target);
    }
    expect(tank.listenerCount("level")).toBe(0);
    expect(tank.listenerCount("leak")).toBe(0);
  });
});
