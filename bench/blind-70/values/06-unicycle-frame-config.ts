// expect: none
// correct: every `??`, template string and comparison works on awaited values, and the field set in `.then()` is read only after that promise is awaited.
export interface FrameSpec {
  model: string;
  wheelInch: 16 | 20 | 24 | 26 | 29 | 36;
  crownWidthMm: number;
  seatpostMm: number;
  hubStandard: 'square-taper' | 'ISIS' | 'KH';
}

export interface RiderFit {
  riderId: string;
  inseamCm: number;
  discipline: 'freestyle' | 'trials' | 'muni' | 'distance';
}

declare const frameRegistry: {
  lookup(model: string): Promise<FrameSpec | undefined>;
  latestRevision(model: string): Promise<number>;
};

declare const workOrders: {
  create(text: string, spec: FrameSpec): Promise<string>;
};

const DEFAULT_SPEC: Omit<FrameSpec, 'model'> = {
  wheelInch: 20,
  crownWidthMm: 100,
  seatpostMm: 300,
  hubStandard: 'ISIS',
};

export class FrameConfigurator {
  private revision: number | undefined;

  async specFor(model: string): Promise<FrameSpec> {
    return (await frameRegistry.lookup(model)) ?? { model, ...DEFAULT_SPEC };
  }

  seatHeightCm(fit: RiderFit, spec: FrameSpec): number {
    const crankCm = fit.discipline === 'trials' ? 13.7 : fit.discipline === 'distance' ? 12.5 : 14.5;
    return Number((fit.inseamCm * 0.883 - crankCm - spec.wheelInch * 1.27).toFixed(1));
  }

  async configure(model: string, fit: RiderFit): Promise<{ orderId: string; note: string }> {
    const revisionRequest = frameRegistry.latestRevision(model).then((rev) => {
      this.revision = rev;
      return rev;
    });
    const [spec, revision] = await Promise.all([this.specFor(model), revisionRequest]);

    const seat = this.seatHeightCm(fit, spec);
    if (seat * 10 > spec.seatpostMm + 150) {
      throw new Error(`${fit.riderId} needs a longer seatpost than ${spec.seatpostMm} mm on ${model}`);
    }

    const hubNote = spec.hubStandard === 'KH' ? ' (KH spirit axle)' : '';
    const note = `${model} rev ${this.revision ?? revision}, ${spec.wheelInch}" ${spec.hubStandard}${hubNote}, seat ${seat} cm for ${fit.riderId}`;
    const orderId = await workOrders.create(note, spec);
    return { orderId, note };
  }

  async compare(modelA: string, modelB: string): Promise<string> {
    const [a, b] = await Promise.all([this.specFor(modelA), this.specFor(modelB)]);
    if (a.wheelInch === b.wheelInch && a.hubStandard === b.hubStandard) {
      return `${modelA} and ${modelB} share ${a.wheelInch}" ${a.hubStandard} wheels`;
    }
    return `${modelA}: ${a.wheelInch}" ${a.hubStandard}; ${modelB}: ${b.wheelInch}" ${b.hubStandard}`;
  }
}
