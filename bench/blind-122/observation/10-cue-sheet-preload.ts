// expect: none
// The preload promise is stored with a rejection handler already attached that converts failure into a null result, so it can never reject unobserved.
export interface FlyCueRow {
  cue: string;
  lineset: number;
  trimMm: number;
  durationSec: number;
}

export interface CueSheetStore {
  load(productionId: string, act: number): Promise<FlyCueRow[]>;
}

export interface RiggingConsole {
  armLinesets(linesets: number[]): Promise<void>;
  display(message: string): void;
}

type PreloadResult = { ok: true; rows: FlyCueRow[] } | { ok: false; error: Error };

export class ActChangeover {
  private preload: Promise<PreloadResult> | null = null;

  constructor(
    private readonly store: CueSheetStore,
    private readonly console: RiggingConsole,
    private readonly productionId: string,
  ) {}

  beginIntermission(nextAct: number): void {
    this.preload = this.store.load(this.productionId, nextAct).then(
      (rows): PreloadResult => ({ ok: true, rows }),
      (err: unknown): PreloadResult => ({
        ok: false,
        error: err instanceof Error ? err : new Error(String(err)),
      }),
    );
    this.console.display(`Intermission — loading act ${nextAct} fly cues`);
  }

  async standbyAct(nextAct: number): Promise<FlyCueRow[]> {
    const pending = this.preload ?? this.store.load(this.productionId, nextAct).then(
      (rows): PreloadResult => ({ ok: true, rows }),
      (err: unknown): PreloadResult => ({ ok: false, error: err as Error }),
    );
    this.preload = null;

    const result = await pending;
    if (!result.ok) {
      this.console.display(`Cue sheet for act ${nextAct} failed to load: ${result.error.message}`);
      throw result.error;
    }

    const linesets = [...new Set(result.rows.map((r) => r.lineset))].sort((a, b) => a - b);
    await this.console.armLinesets(linesets);
    this.console.display(`Act ${nextAct}: ${result.rows.length} cues armed on ${linesets.length} linesets`);
    return result.rows;
  }
}
