// expect: no-unobserved-promise
// Bug: every frame upload is pushed into an array but only the first is awaited, so rejections of the later uploads are never observed.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface TelemetryFrame {
  craneId: string;
  seq: number;
  spreaderLoadT: number;
  boomAngleDeg: number;
}

interface UploadAck {
  seq: number;
  storedAt: number;
}

class FakeUplink {
  readonly stored: TelemetryFrame[] = [];
  maxLoadT = 65;

  async send(frame: TelemetryFrame): Promise<UploadAck> {
    await new Promise<void>((r) => setTimeout(r, 1 + (frame.seq % 3)));
    if (frame.spreaderLoadT > this.maxLoadT) {
      throw new Error(`frame ${frame.seq} rejected: load ${frame.spreaderLoadT}t exceeds SWL`);
    }
    this.stored.push(frame);
    return { seq: frame.seq, storedAt: Date.now() };
  }
}

function framesFor(craneId: string, loads: number[]): TelemetryFrame[] {
  return loads.map((spreaderLoadT, i) => ({ craneId, seq: i + 1, spreaderLoadT, boomAngleDeg: 40 + i }));
}

describe('crane telemetry uplink', () => {
  let uplink: FakeUplink;

  beforeEach(() => {
    uplink = new FakeUplink();
  });

  it('acknowledges the first frame of a lift', async () => {
    const acks: Array<Promise<UploadAck>> = [];
    for (const frame of framesFor('STS-04', [12.5, 31.0, 44.2, 40.1])) {
      acks.push(uplink.send(frame));
    }
    const first = await acks[0];
    expect(first.seq).toBe(1);
    expect(first.storedAt).toBeGreaterThan(0);
  });

  it('refuses frames over the safe working load', async () => {
    const [overload] = framesFor('STS-04', [71]);
    await expect(uplink.send(overload)).rejects.toThrow(/exceeds SWL/);
    expect(uplink.stored.length).toBe(0);
  });

  it('stores frames in arrival order', async () => {
    const frames = framesFor('STS-09', [5, 6, 7]);
    for (const frame of frames) {
      await uplink.send(frame);
    }
    expect(uplink.stored.map((f) => f.seq)).toEqual([1, 2, 3]);
  });
});
