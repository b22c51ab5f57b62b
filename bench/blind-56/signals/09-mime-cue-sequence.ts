// expect: no-swallowed-abort
// runCue catches every fade error, including the AbortError from a cancelled show, and returns a 'skipped' outcome, so the sequence keeps going cue by cue after an abort.
export interface LightCue {
  cueId: string;
  label: string;
  channels: Record<number, number>;
  fadeMs: number;
  holdMs: number;
  critical: boolean;
}

export interface CueOutcome {
  cueId: string;
  status: 'ran' | 'skipped';
  detail?: string;
}

declare const dmx: {
  fade(universe: number, channels: Record<number, number>, fadeMs: number, opts: { signal: AbortSignal }): Promise<void>;
  hold(ms: number, opts: { signal: AbortSignal }): Promise<void>;
  blackout(universe: number): Promise<void>;
};

declare const booth: {
  warn(msg: string): void;
  showStatus(text: string): void;
};

export class MimeLightingDesk {
  constructor(private readonly universe: number) {}

  private clamp(channels: Record<number, number>): Record<number, number> {
    const out: Record<number, number> = {};
    for (const [ch, level] of Object.entries(channels)) {
      out[Number(ch)] = Math.max(0, Math.min(255, Math.round(level)));
    }
    return out;
  }

  async runCue(cue: LightCue, signal: AbortSignal): Promise<CueOutcome> {
    booth.showStatus(`GO ${cue.cueId} — ${cue.label}`);
    try {
      await dmx.fade(this.universe, this.clamp(cue.channels), cue.fadeMs, { signal });
      if (cue.holdMs > 0) {
        await dmx.hold(cue.holdMs, { signal });
      }
      return { cueId: cue.cueId, status: 'ran' };
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      booth.warn(`cue ${cue.cueId} did not complete: ${detail}`);
      return { cueId: cue.cueId, status: 'skipped', detail };
    }
  }

  async runSequence(cues: readonly LightCue[], signal: AbortSignal): Promise<CueOutcome[]> {
    const outcomes: CueOutcome[] = [];
    for (const cue of cues) {
      const outcome = await this.runCue(cue, signal);
      outcomes.push(outcome);
      if (outcome.status === 'skipped' && cue.critical) {
        booth.warn(`critical cue ${cue.cueId} skipped, blacking out`);
        await dmx.blackout(this.universe);
        break;
      }
    }
    return outcomes;
  }
}

export function summarise(outcomes: readonly CueOutcome[]): string {
  const skipped = outcomes.filter((o) => o.status === 'skipped');
  if (skipped.length === 0) return `${outcomes.length} cues ran clean`;
  return `${outcomes.length - skipped.length}/${outcomes.length} cues ran; skipped ${skipped.map((o) => o.cueId).join(', ')}`;
}
