// expect: no-uncalled-async-function
// In sampleJars the unsealed branch of the map callback returns probe.readSurface instead of calling it, so Promise.all yields a function for those jars.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  toBeLessThan(n: number): void;
};

interface Jar {
  id: string;
  sealed: boolean;
  cabbageKg: number;
  startedOn: string;
}

interface BrineReading {
  jarId: string;
  ph: number;
  salinityPct: number;
  tempC: number;
}

class FakeProbe {
  readonly calls: string[] = [];
  constructor(private readonly table: Record<string, BrineReading>) {}

  async readBrine(jarId: string): Promise<BrineReading> {
    this.calls.push(`brine:${jarId}`);
    const reading = this.table[jarId];
    if (!reading) throw new Error(`no brine probe seated in ${jarId}`);
    return reading;
  }

  async readSurface(jarId: string): Promise<BrineReading> {
    this.calls.push(`surface:${jarId}`);
    const reading = this.table[jarId];
    if (!reading) throw new Error(`no surface probe for ${jarId}`);
    return { ...reading, tempC: reading.tempC + 0.5 };
  }
}

function sampleJars(probe: FakeProbe, jars: Jar[]) {
  return Promise.all(jars.map((jar) => (jar.sealed ? probe.readBrine(jar.id) : probe.readSurface)));
}

function ripeness(reading: BrineReading): 'young' | 'ripe' | 'sour' {
  if (reading.ph > 4.6) return 'young';
  if (reading.ph > 4.0) return 'ripe';
  return 'sour';
}

describe('kimchi cellar sampling', () => {
  let probe: FakeProbe;
  let jars: Jar[];

  beforeEach(() => {
    probe = new FakeProbe({
      'napa-01': { jarId: 'napa-01', ph: 4.8, salinityPct: 2.4, tempC: 4 },
      'napa-02': { jarId: 'napa-02', ph: 4.3, salinityPct: 2.2, tempC: 4 },
      'radish-01': { jarId: 'radish-01', ph: 3.9, salinityPct: 2.9, tempC: 5 },
    });
    jars = [
      { id: 'napa-01', sealed: true, cabbageKg: 12, startedOn: '2024-11-02' },
      { id: 'napa-02', sealed: true, cabbageKg: 10, startedOn: '2024-10-20' },
      { id: 'radish-01', sealed: false, cabbageKg: 6, startedOn: '2024-10-01' },
    ];
  });

  it('takes one reading per jar', async () => {
    const readings = await sampleJars(probe, jars);
    expect(readings).toHaveLength(3);
  });

  it('grades sealed jars by brine pH', async () => {
    const sealed = jars.filter((j) => j.sealed);
    const readings = await Promise.all(sealed.map((j) => probe.readBrine(j.id)));
    expect(readings.map(ripeness)).toEqual(['young', 'ripe']);
  });

  it('keeps the cellar below 6C', async () => {
    const readings = await Promise.all(jars.map((j) => probe.readBrine(j.id)));
    for (const reading of readings) {
      expect(reading.tempC).toBeLessThan(6);
    }
  });

  it('uses the brine probe only for sealed jars', async () => {
    await sampleJars(probe, jars);
    expect(probe.calls.filter((c) => c.startsWith('brine:'))).toEqual(['brine:napa-01', 'brine:napa-02']);
  });
});

export {};
