// expect: no-multiple-settle
// waitForState() handles a 'fault' status by cleaning up (clearing the timeout and removing the listener) and returning without rejecting, so that path leaves the promise pending forever.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void, timeoutMs?: number): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect(actual: unknown): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toHaveLength(length: number): void;
};

type DoserState = 'idle' | 'dosing' | 'stable' | 'fault';

interface DoserStatus {
  state: DoserState;
  ph: number;
  dosedMl: number;
  detail?: string;
}

// Small in-memory stand-in for the reef tank's alkalinity doser.
class DosingController extends EventEmitter {
  private ph: number;
  private dosedMl = 0;
  private tick: ReturnType<typeof setInterval> | null = null;

  constructor(
    startPh: number,
    private readonly probeOk: () => boolean = () => true,
  ) {
    super();
    this.ph = startPh;
  }

  start(targetPh: number, mlPerStep: number): void {
    this.tick = setInterval(() => {
      if (!this.probeOk()) {
        this.stop();
        this.emit('status', { state: 'fault', ph: this.ph, dosedMl: this.dosedMl, detail: 'pH probe drift' });
        return;
      }
      if (this.ph >= targetPh) {
        this.stop();
        this.emit('status', { state: 'stable', ph: this.ph, dosedMl: this.dosedMl });
        return;
      }
      this.dosedMl += mlPerStep;
      this.ph = Math.round((this.ph + mlPerStep * 0.01) * 100) / 100;
      this.emit('status', { state: 'dosing', ph: this.ph, dosedMl: this.dosedMl });
    }, 5);
  }

  stop(): void {
    if (this.tick) clearInterval(this.tick);
    this.tick = null;
  }
}

let seenFaults: DoserStatus[] = [];

function waitForState(ctrl: DosingController, wanted: DoserState, timeoutMs = 2000): Promise<DoserStatus> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ctrl.off('status', onStatus);
      reject(new Error(`doser never reached "${wanted}" within ${timeoutMs}ms`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      ctrl.off('status', onStatus);
    };
    function onStatus(status: DoserStatus): void {
      if (status.state === wanted) {
        cleanup();
        resolve(status);
        return;
      }
      if (status.state === 'fault') {
        cleanup();
        seenFaults.push(status);
      }
    }
    ctrl.on('status', onStatus);
  });
}

describe('DosingController', () => {
  let ctrl: DosingController;

  beforeEach(() => {
    seenFaults = [];
  });

  afterEach(() => {
    ctrl?.stop();
    expect(seenFaults).toHaveLength(0);
  });

  it('doses until the target pH is reached', async () => {
    ctrl = new DosingController(8.0);
    const done = waitForState(ctrl, 'stable');
    ctrl.start(8.2, 2);
    const status = await done;
    expect(status.ph).toBeCloseTo(8.2, 2);
    expect(status.dosedMl).toBe(20);
  });

  it('reports a probe fault instead of overdosing', async () => {
    let reads = 0;
    ctrl = new DosingController(7.9, () => ++reads < 4);
    const fault = waitForState(ctrl, 'fault');
    ctrl.start(8.3, 5);
    const status = await fault;
    expect(status.detail).toBe('pH probe drift');
  });
});
