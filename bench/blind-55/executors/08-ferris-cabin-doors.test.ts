// expect: none
// Correct: the helper listens for both the door event and the fault event with a timer, and a shared cleanup clears the timer and removes both listeners before settling.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeInstanceOf(ctor: Function): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};
declare const beforeEach: (fn: () => void | Promise<void>) => void;

type DoorState = "open" | "closed" | "locked";

class DoorEvent extends Event {
  constructor(readonly state: DoorState) {
    super("doors");
  }
}

class CabinFaultEvent extends Event {
  constructor(readonly code: string) {
    super("fault");
  }
}

export function waitForDoors(cabin: EventTarget, wanted: DoorState, timeoutMs = 2_000): Promise<DoorState> {
  return new Promise<DoorState>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      cabin.removeEventListener("doors", onDoors);
      cabin.removeEventListener("fault", onFault);
    };
    const onDoors = (ev: Event) => {
      const state = (ev as DoorEvent).state;
      if (state !== wanted) return;
      cleanup();
      resolve(state);
    };
    const onFault = (ev: Event) => {
      cleanup();
      reject(new Error(`cabin fault ${(ev as CabinFaultEvent).code}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`doors did not become ${wanted} within ${timeoutMs}ms`));
    }, timeoutMs);

    cabin.addEventListener("doors", onDoors);
    cabin.addEventListener("fault", onFault);
  });
}

describe("waitForDoors", () => {
  let cabin: EventTarget;

  beforeEach(() => {
    cabin = new EventTarget();
  });

  it("resolves when the requested state is reached", async () => {
    const pending = waitForDoors(cabin, "locked");
    cabin.dispatchEvent(new DoorEvent("closed"));
    cabin.dispatchEvent(new DoorEvent("locked"));
    expect(await pending).toBe("locked");
  });

  it("ignores intermediate states", async () => {
    const pending = waitForDoors(cabin, "open");
    cabin.dispatchEvent(new DoorEvent("closed"));
    cabin.dispatchEvent(new DoorEvent("locked"));
    cabin.dispatchEvent(new DoorEvent("open"));
    expect(await pending).toBe("open");
  });

  it("rejects on a cabin fault", async () => {
    const pending = waitForDoors(cabin, "locked");
    cabin.dispatchEvent(new CabinFaultEvent("E-DOOR-7"));
    await expect(pending).rejects.toThrow(/E-DOOR-7/);
  });

  it("rejects when the doors never reach the state", async () => {
    await expect(waitForDoors(cabin, "locked", 20)).rejects.toThrow(/within 20ms/);
  });

  it("a fault after success does not change the outcome", async () => {
    const pending = waitForDoors(cabin, "closed");
    cabin.dispatchEvent(new DoorEvent("closed"));
    cabin.dispatchEvent(new CabinFaultEvent("E-LATE"));
    expect(await pending).toBe("closed");
  });
});
