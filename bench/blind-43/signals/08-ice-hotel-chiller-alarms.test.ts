// expect: none
// The monitor registers its listeners with the caller's signal and reacts to 'abort', so aborting really detaches it; the tests check exactly that.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
};

interface ChillerReading {
  unit: string;
  brineCelsius: number;
  compressorAmps: number;
}

interface Alarm {
  unit: string;
  kind: 'brine-warm' | 'compressor-overload';
  value: number;
}

export class ChillerAlarmMonitor extends EventTarget {
  private watching = 0;

  constructor(
    private readonly maxBrineCelsius = -8,
    private readonly maxAmps = 42,
  ) {
    super();
  }

  get activeSources(): number {
    return this.watching;
  }

  watch(source: EventTarget, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.watching += 1;

    source.addEventListener(
      'reading',
      (event) => {
        const reading = (event as CustomEvent<ChillerReading>).detail;
        for (const alarm of this.evaluate(reading)) {
          this.dispatchEvent(new CustomEvent<Alarm>('alarm', { detail: alarm }));
        }
      },
      { signal },
    );

    signal.addEventListener(
      'abort',
      () => {
        this.watching -= 1;
        this.dispatchEvent(new Event('source-detached'));
      },
      { once: true },
    );
  }

  private evaluate(reading: ChillerReading): Alarm[] {
    const alarms: Alarm[] = [];
    if (reading.brineCelsius > this.maxBrineCelsius) {
      alarms.push({ unit: reading.unit, kind: 'brine-warm', value: reading.brineCelsius });
    }
    if (reading.compressorAmps > this.maxAmps) {
      alarms.push({ unit: reading.unit, kind: 'compressor-overload', value: reading.compressorAmps });
    }
    return alarms;
  }
}

function emitReading(source: EventTarget, reading: ChillerReading): void {
  source.dispatchEvent(new CustomEvent<ChillerReading>('reading', { detail: reading }));
}

describe('ChillerAlarmMonitor', () => {
  let monitor: ChillerAlarmMonitor;
  let alarms: Alarm[];

  beforeEach(() => {
    monitor = new ChillerAlarmMonitor();
    alarms = [];
    monitor.addEventListener('alarm', (e) => alarms.push((e as CustomEvent<Alarm>).detail));
  });

  it('raises alarms for warm brine and overloaded compressors', () => {
    const source = new EventTarget();
    monitor.watch(source, new AbortController().signal);
    emitReading(source, { unit: 'suite-ice-bar', brineCelsius: -5.5, compressorAmps: 44 });
    expect(alarms.map((a) => a.kind)).toEqual(['brine-warm', 'compressor-overload']);
  });

  it('stops listening once the watch is aborted', () => {
    const source = new EventTarget();
    const controller = new AbortController();
    monitor.watch(source, controller.signal);
    controller.abort();
    emitReading(source, { unit: 'chapel', brineCelsius: 2, compressorAmps: 60 });
    expect(alarms).toHaveLength(0);
    expect(monitor.activeSources).toBe(0);
  });

  it('ignores sources whose signal is already aborted', () => {
    const source = new EventTarget();
    monitor.watch(source, AbortSignal.abort());
    emitReading(source, { unit: 'lobby', brineCelsius: 0, compressorAmps: 50 });
    expect(alarms).toHaveLength(0);
    expect(monitor.activeSources).toBe(0);
  });
});
