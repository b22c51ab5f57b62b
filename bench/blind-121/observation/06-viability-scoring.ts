// expect: none
// Every allSettled entry is inspected: fulfilled scores are kept and each rejected tray is recorded with its reason and escalated to the lab alerts.
export interface Tray {
  id: string;
  accession: string;
  sownOn: Date;
}

export interface TrayScore {
  trayId: string;
  accession: string;
  viability: number;
}

export interface LabApi {
  scoreTray(tray: Tray): Promise<TrayScore>;
}

export interface LabAlerts {
  raise(subject: string, lines: string[]): Promise<void>;
}

export interface ScoringRun {
  scored: TrayScore[];
  failures: Array<{ trayId: string; reason: string }>;
  regenerate: string[];
}

function describeError(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export class ViabilityScoring {
  constructor(
    private readonly lab: LabApi,
    private readonly alerts: LabAlerts,
    private readonly regenerationThreshold = 0.85,
  ) {}

  async scoreBatch(trays: Tray[]): Promise<ScoringRun> {
    const results = await Promise.allSettled(trays.map((tray) => this.lab.scoreTray(tray)));

    const scored: TrayScore[] = [];
    const failures: ScoringRun['failures'] = [];
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        scored.push(result.value);
      } else {
        failures.push({ trayId: trays[i].id, reason: describeError(result.reason) });
      }
    });

    if (failures.length > 0) {
      await this.alerts.raise(
        `${failures.length} of ${trays.length} germination trays could not be scored`,
        failures.map((f) => `${f.trayId}: ${f.reason}`),
      );
    }

    const regenerate = [
      ...new Set(scored.filter((s) => s.viability < this.regenerationThreshold).map((s) => s.accession)),
    ];
    return { scored, failures, regenerate };
  }
}
