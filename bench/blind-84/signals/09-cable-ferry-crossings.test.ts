// expect: none
// waitForDocking() merges the caller's signal with a timeout via AbortSignal.any and hands it to events.once and the manifest fetch, so the listener is removed and the request cancelled on abort.
import { EventEmitter, once } from "node:events";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void>; toMatchObject(shape: object): Promise<void> };
};

interface DockingEvent {
  crossingId: string;
  bank: "north" | "south";
  at: number;
}

interface ManifestClient {
  fetchManifest(crossingId: string, opts: { signal: AbortSignal }): Promise<{ vehicles: number; foot: number }>;
}

export async function waitForDocking(
  ferry: EventEmitter,
  manifests: ManifestClient,
  crossingId: string,
  opts: { signal?: AbortSignal; timeoutMs: number },
): Promise<DockingEvent & { vehicles: number; foot: number }> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  for (;;) {
    const [event] = (await once(ferry, "docked", { signal })) as [DockingEvent];
    if (event.crossingId !== crossingId) continue;
    const manifest = await manifests.fetchManifest(crossingId, { signal });
    return { ...event, ...manifest };
  }
}

describe("waitForDocking", () => {
  let ferry: EventEmitter;
  let manifestSignals: AbortSignal[];
  let manifests: ManifestClient;

  beforeEach(() => {
    ferry = new EventEmitter();
    manifestSignals = [];
    manifests = {
      async fetchManifest(_crossingId, { signal }) {
        manifestSignals.push(signal);
        return { vehicles: 6, foot: 23 };
      },
    };
  });

  it("resolves on the matching crossing and loads its manifest", async () => {
    const waiting = waitForDocking(ferry, manifests, "X-114", { timeoutMs: 1_000 });
    setImmediate(() => {
      ferry.emit("docked", { crossingId: "X-113", bank: "north", at: 1 });
      setImmediate(() => ferry.emit("docked", { crossingId: "X-114", bank: "south", at: 2 }));
    });
    const result = await waiting;
    expect(result).toEqual({ crossingId: "X-114", bank: "south", at: 2, vehicles: 6, foot: 23 });
    expect(manifestSignals.length).toBe(1);
    expect(ferry.listenerCount("docked")).toBe(0);
  });

  it("rejects with AbortError and detaches when the caller aborts", async () => {
    const controller = new AbortController();
    const waiting = waitForDocking(ferry, manifests, "X-200", { signal: controller.signal, timeoutMs: 5_000 });
    setImmediate(() => controller.abort());
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    expect(ferry.listenerCount("docked")).toBe(0);
    expect(manifestSignals.length).toBe(0);
  });

  it("gives up when the ferry never docks", async () => {
    await expect(waitForDocking(ferry, manifests, "X-300", { timeoutMs: 20 })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(ferry.listenerCount("docked")).toBe(0);
  });
});
