// expect: none
// Every async lookup is awaited before its value is interpolated, compared or defaulted with ??, so only plain values reach the summary and the outgoing payload.
export interface Inspection {
  hiveId: string;
  date: string;
  framesOfBrood: number;
  queenSeen: boolean;
  varroaPer100: number | null;
}

export interface HiveRegistry {
  displayName(hiveId: string): Promise<string | null>;
  lastInspection(hiveId: string): Promise<Inspection | null>;
  treatmentThreshold(region: string): Promise<number | undefined>;
}

export interface Notifier {
  post(channel: string, payload: { text: string; hiveId: string; urgent: boolean }): Promise<void>;
}

const DEFAULT_VARROA_THRESHOLD = 3;

export class InspectionSummarizer {
  constructor(
    private readonly registry: HiveRegistry,
    private readonly notifier: Notifier,
    private readonly region: string,
  ) {}

  async summarize(hiveId: string): Promise<string> {
    const name = (await this.registry.displayName(hiveId)) ?? hiveId;
    const inspection = await this.registry.lastInspection(hiveId);
    if (inspection === null) {
      return `${name}: no inspection on record`;
    }
    const threshold = (await this.registry.treatmentThreshold(this.region)) ?? DEFAULT_VARROA_THRESHOLD;
    const mites =
      inspection.varroaPer100 === null
        ? 'mites not counted'
        : `${inspection.varroaPer100} mites/100 bees${inspection.varroaPer100 >= threshold ? ' (treat)' : ''}`;
    const queen = inspection.queenSeen ? 'queen seen' : 'queen not seen';
    return `${name} on ${inspection.date}: ${inspection.framesOfBrood} frames of brood, ${queen}, ${mites}`;
  }

  async alertIfQueenless(hiveId: string): Promise<boolean> {
    const inspection = await this.registry.lastInspection(hiveId);
    if (!inspection || inspection.queenSeen || inspection.framesOfBrood > 0) return false;
    const text = await this.summarize(hiveId);
    await this.notifier.post('apiary-alerts', { text: `Possibly queenless. ${text}`, hiveId, urgent: true });
    return true;
  }

  async digest(hiveIds: string[]): Promise<string> {
    const lines = await Promise.all(hiveIds.map((id) => this.summarize(id)));
    return lines.map((line) => `• ${line}`).join('\n');
  }
}
