// expect: none
// The map deliberately stores in-flight promises and compares them only for presence or identity; every spec used in text or data is awaited first.
export interface HarpString {
  octave: number;
  note: "C" | "D" | "E" | "F" | "G" | "A" | "B";
  material: "gut" | "nylon" | "wire";
  gaugeMm: number;
}

export interface WindingSpec {
  stringKey: string;
  turns: number;
  coreTensionN: number;
  wrapWire: string | null;
}

declare const specService: { compute(s: HarpString): Promise<WindingSpec> };
declare const winderQueue: {
  submit(job: { stringKey: string; spec: WindingSpec; label: string }): Promise<string>;
};

function keyOf(s: HarpString): string {
  return `${s.octave}${s.note}-${s.material}-${s.gaugeMm.toFixed(3)}`;
}

export class WindingPlanner {
  private readonly specs = new Map<string, Promise<WindingSpec>>();

  private specFor(s: HarpString): Promise<WindingSpec> {
    const key = keyOf(s);
    let pending = this.specs.get(key);
    if (pending === undefined) {
      const request = specService.compute(s);
      request.catch(() => {
        if (this.specs.get(key) === request) this.specs.delete(key);
      });
      this.specs.set(key, request);
      pending = request;
    }
    return pending;
  }

  isPlanned(s: HarpString): boolean {
    return this.specs.has(keyOf(s));
  }

  async queueString(s: HarpString): Promise<string> {
    const spec = await this.specFor(s);
    const label = spec.wrapWire
      ? `${spec.stringKey}: ${spec.turns} turns of ${spec.wrapWire} over ${spec.coreTensionN}N core`
      : `${spec.stringKey}: plain ${s.material}, ${spec.coreTensionN}N`;
    return winderQueue.submit({ stringKey: spec.stringKey, spec, label });
  }

  async queueSet(strings: HarpString[]): Promise<Map<string, string>> {
    const tickets = new Map<string, string>();
    const specs = await Promise.all(strings.map((s) => this.specFor(s)));
    for (const [i, s] of strings.entries()) {
      if (specs[i].turns === 0 && s.material === "wire") {
        throw new Error(`${keyOf(s)}: wire string came back with no wrap turns`);
      }
      tickets.set(keyOf(s), await this.queueString(s));
    }
    return tickets;
  }

  forget(s: HarpString): boolean {
    return this.specs.delete(keyOf(s));
  }
}
