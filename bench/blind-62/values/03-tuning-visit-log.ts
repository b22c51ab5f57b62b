// expect: no-promise-as-value
// the visit payload sets measuredA4 to this.measureA4(instrumentId) without awaiting it, so the promise is serialized into the body as {}
export type Temperament = "equal" | "vallotti" | "werckmeister-iii" | "kirnberger-iii" | "meantone-1/4";

export interface Harpsichord {
  instrumentId: string;
  owner: string;
  builder: string;
  manuals: 1 | 2;
  transposing: boolean;
}

export interface TuningVisit {
  instrumentId: string;
  tuner: string;
  temperament: Temperament;
  pitchStandard: 392 | 415 | 440;
  coursesAdjusted: number;
  notes: string;
}

declare const strobeTuner: {
  measure(instrumentId: string, note: string): Promise<{ hz: number; cents: number }>;
};
declare const clientPortal: {
  post(path: string, body: Record<string, unknown>): Promise<{ id: string }>;
};
declare const visitStore: {
  previous(instrumentId: string): Promise<TuningVisit | null>;
};

const NOMINAL_A4: Record<TuningVisit["pitchStandard"], number> = { 392: 392, 415: 415, 440: 440 };

function driftDescription(prev: TuningVisit | null, current: TuningVisit): string {
  if (!prev) return "first recorded visit";
  if (prev.pitchStandard !== current.pitchStandard) {
    return `pitch changed from A${prev.pitchStandard} to A${current.pitchStandard}; expect extra settling`;
  }
  if (prev.temperament !== current.temperament) {
    return `temperament changed from ${prev.temperament} to ${current.temperament}`;
  }
  return "routine touch-up";
}

export class VisitLogger {
  constructor(private readonly tuner: string) {}

  private async measureA4(instrumentId: string): Promise<number> {
    const reading = await strobeTuner.measure(instrumentId, "A4");
    return Math.round(reading.hz * 100) / 100;
  }

  async logVisit(instrument: Harpsichord, visit: Omit<TuningVisit, "tuner">): Promise<string> {
    const full: TuningVisit = { ...visit, tuner: this.tuner };
    const prev = await visitStore.previous(instrument.instrumentId);
    const drift = driftDescription(prev, full);

    const payload = {
      instrumentId: instrument.instrumentId,
      owner: instrument.owner,
      builder: instrument.builder,
      tuner: this.tuner,
      temperament: full.temperament,
      nominalA4: NOMINAL_A4[full.pitchStandard],
      measuredA4: this.measureA4(instrument.instrumentId),
      coursesAdjusted: full.coursesAdjusted,
      summary: drift,
      notes: instrument.transposing ? `${full.notes} (transposing keyboard checked at both pitches)` : full.notes,
      visitedAt: new Date().toISOString(),
    };

    const { id } = await clientPortal.post("/api/visits", payload);
    return id;
  }
}
