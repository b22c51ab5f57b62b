// expect: none
// Correct: promises are stored in an in-flight map on purpose and only their awaited values are compared, formatted or serialised.
type Division = 'great' | 'swell' | 'choir' | 'pedal';

interface PitchMeasurement {
  stop: string;
  division: Division;
  note: string;
  cents: number;
  windPressureMm: number;
}

declare const tuningFork: { measure(stop: string, note: string): Promise<PitchMeasurement> };
declare const organRecords: {
  lastVisit(organId: string): Promise<{ pitchHz: number; date: string } | null>;
  save(organId: string, payload: string): Promise<void>;
};

export class PitchSurvey {
  private readonly inFlight = new Map<string, Promise<PitchMeasurement>>();
  private readonly results: PitchMeasurement[] = [];

  constructor(private readonly organId: string, private readonly referenceHz = 440) {}

  measure(stop: string, note: string): Promise<PitchMeasurement> {
    const key = `${stop}:${note}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = tuningFork.measure(stop, note).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  async surveyStop(stop: string, notes: readonly string[]): Promise<number> {
    const measured = await Promise.all(notes.map((n) => this.measure(stop, n)));
    this.results.push(...measured);
    const worst = measured.reduce((w, m) => (Math.abs(m.cents) > Math.abs(w.cents) ? m : w));
    return worst.cents;
  }

  async pitchChanged(): Promise<boolean> {
    const last = await organRecords.lastVisit(this.organId);
    if (last === null) return false;
    return last.pitchHz !== this.referenceHz;
  }

  async finish(): Promise<string> {
    const previous = await organRecords.lastVisit(this.organId);
    const changed = await this.pitchChanged();
    const outOfTune = this.results.filter((r) => Math.abs(r.cents) > 4);
    const payload = JSON.stringify({
      organId: this.organId,
      referenceHz: this.referenceHz,
      previousVisit: previous?.date ?? null,
      pitchChanged: changed,
      outOfTune: outOfTune.map((r) => `${r.division}/${r.stop}/${r.note} ${r.cents > 0 ? '+' : ''}${r.cents}c`),
    });
    await organRecords.save(this.organId, payload);
    return `${this.organId}: ${outOfTune.length} of ${this.results.length} pipes outside ±4 cents` +
      (changed ? ` (reference moved from ${previous?.pitchHz} Hz)` : '');
  }
}
