// expect: none
// The uploader falls back to the spool only for ordinary failures and rethrows whenever its signal is aborted, and the tests check that cancellation stays an AbortError.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern?: string | RegExp): Promise<void>; toMatchObject(shape: object): Promise<void> };
};

interface Snapshot {
  cameraId: string;
  pool: string;
  bytes: Uint8Array;
}

interface Uplink {
  send(snapshot: Snapshot, signal: AbortSignal): Promise<string>;
}

class SpoolingUploader {
  readonly spooled: Snapshot[] = [];

  constructor(private readonly uplink: Uplink) {}

  async upload(snapshot: Snapshot, signal: AbortSignal): Promise<string> {
    try {
      return await this.uplink.send(snapshot, signal);
    } catch (err) {
      if (signal.aborted) throw err;
      this.spooled.push(snapshot);
      return `spool:${snapshot.cameraId}:${this.spooled.length}`;
    }
  }
}

function abortable(delayMs: number, result: string): Uplink {
  return {
    send(_snapshot, signal) {
      return new Promise<string>((resolve, reject) => {
        if (signal.aborted) {
          reject(signal.reason);
          return;
        }
        const timer = setTimeout(() => {
          signal.removeEventListener("abort", onAbort);
          resolve(result);
        }, delayMs);
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}

describe("SpoolingUploader", () => {
  const snap: Snapshot = { cameraId: "cam-2", pool: "anemone-ledge", bytes: new Uint8Array([0xff, 0xd8]) };
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
  });

  it("returns the uplink receipt", async () => {
    const uploader = new SpoolingUploader(abortable(1, "rcpt-88"));
    expect(await uploader.upload(snap, controller.signal)).toBe("rcpt-88");
  });

  it("spools when the uplink is down", async () => {
    const uploader = new SpoolingUploader({ send: async () => Promise.reject(new Error("modem offline")) });
    expect(await uploader.upload(snap, controller.signal)).toBe("spool:cam-2:1");
    expect(uploader.spooled.length).toBe(1);
  });

  it("propagates cancellation instead of spooling", async () => {
    const uploader = new SpoolingUploader(abortable(50, "never"));
    const upload = uploader.upload(snap, controller.signal);
    controller.abort();
    await expect(upload).rejects.toMatchObject({ name: "AbortError" });
    expect(uploader.spooled.length).toBe(0);
  });
});
