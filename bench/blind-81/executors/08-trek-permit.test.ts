// expect: no-multiple-settle
// nextPermit only listens for 'issued', so when the desk emits 'error' for a registry failure the promise never settles and the test hangs until the runner timeout.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatch(pattern: RegExp): void;
  toHaveLength(length: number): void;
};

interface PermitRequest {
  requestId: string;
  leader: string;
  llamas: number;
  trail: 'ridge' | 'valley' | 'glacier-edge';
  nights: number;
}

interface Permit {
  requestId: string;
  permitNo: string;
  campsites: string[];
}

interface TrailRegistry {
  reserve(trail: PermitRequest['trail'], nights: number, party: number): Promise<string[]>;
}

interface PermitDesk extends EventEmitter {
  submit(request: PermitRequest): void;
  close(): Promise<void>;
}

declare function createPermitDesk(options: { registry: TrailRegistry; issuerCode: string }): PermitDesk;

function nextPermit(desk: PermitDesk, requestId: string): Promise<Permit> {
  return new Promise<Permit>((resolve) => {
    const onIssued = (permit: Permit) => {
      if (permit.requestId !== requestId) return;
      desk.off('issued', onIssued);
      resolve(permit);
    };
    desk.on('issued', onIssued);
  });
}

class FakeRegistry implements TrailRegistry {
  readonly calls: Array<{ trail: string; nights: number; party: number }> = [];
  failWith?: Error;

  async reserve(trail: PermitRequest['trail'], nights: number, party: number): Promise<string[]> {
    this.calls.push({ trail, nights, party });
    if (this.failWith) throw this.failWith;
    return Array.from({ length: nights }, (_, night) => `${trail}-camp-${night + 1}`);
  }
}

describe('llama trek permit desk', () => {
  let registry: FakeRegistry;
  let desk: PermitDesk;

  beforeEach(() => {
    registry = new FakeRegistry();
    desk = createPermitDesk({ registry, issuerCode: 'ANDES-N' });
  });

  afterEach(async () => {
    await desk.close();
  });

  it('issues a permit with one campsite per night', async () => {
    const permit = nextPermit(desk, 'req-1');
    desk.submit({ requestId: 'req-1', leader: 'Quispe', llamas: 4, trail: 'ridge', nights: 3 });
    const issued = await permit;
    expect(issued.campsites).toHaveLength(3);
    expect(issued.permitNo).toMatch(/^ANDES-N-\d+$/);
  });

  it('counts llamas and people together as the party size', async () => {
    const permit = nextPermit(desk, 'req-2');
    desk.submit({ requestId: 'req-2', leader: 'Mamani', llamas: 6, trail: 'valley', nights: 2 });
    await permit;
    expect(registry.calls).toEqual([{ trail: 'valley', nights: 2, party: 7 }]);
  });

  it('numbers permits sequentially for the issuing office', async () => {
    const first = nextPermit(desk, 'req-3');
    const second = nextPermit(desk, 'req-4');
    desk.submit({ requestId: 'req-3', leader: 'Condori', llamas: 2, trail: 'glacier-edge', nights: 1 });
    desk.submit({ requestId: 'req-4', leader: 'Huanca', llamas: 3, trail: 'ridge', nights: 2 });
    const [a, b] = await Promise.all([first, second]);
    const seq = (p: Permit) => Number(p.permitNo.split('-').pop());
    expect(seq(b) - seq(a)).toBe(1);
    expect(a.campsites).toEqual(['glacier-edge-camp-1']);
  });
});
