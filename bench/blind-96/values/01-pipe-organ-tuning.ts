// expect: none
// The ?? operates on a Map of in-flight promises, where undefined means "not requested yet", so it correctly reuses or starts a load (evicting failed ones), and every value that reaches a template string or JSON.stringify has been awaited first.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface VoicingProfile {
  stop: string;
  windPressureMm: number;
  mouthCutUp: number[];
}

export interface PipeCheck {
  stop: string;
  pipe: number;
  cents: number;
}

export class VoicingLibrary {
  private readonly loading = new Map<string, Promise<VoicingProfile>>();

  constructor(private readonly dir: string) {}

  profile(stop: string): Promise<VoicingProfile> {
    const pending =
      this.loading.get(stop) ??
      this.load(stop).catch((err: unknown) => {
        this.loading.delete(stop);
        throw err;
      });
    this.loading.set(stop, pending);
    return pending;
  }

  private async load(stop: string): Promise<VoicingProfile> {
    const raw = await readFile(join(this.dir, `${stop.replace(/\W+/g, '-')}.json`), 'utf8');
    const parsed = JSON.parse(raw) as VoicingProfile;
    if (parsed.stop !== stop) throw new Error(`profile file for ${stop} describes ${parsed.stop}`);
    return parsed;
  }
}

export async function writeTuningLog(lib: VoicingLibrary, checks: PipeCheck[], outFile: string): Promise<string> {
  const lines: string[] = [];
  const byStop = new Map<string, PipeCheck[]>();
  for (const c of checks) byStop.set(c.stop, [...(byStop.get(c.stop) ?? []), c]);

  for (const [stop, stopChecks] of byStop) {
    const profile = await lib.profile(stop);
    const flat = stopChecks.filter((c) => c.cents < -3);
    const sharp = stopChecks.filter((c) => c.cents > 3);
    lines.push(
      `${stop} @ ${profile.windPressureMm}mm wind: ${flat.length} flat, ${sharp.length} sharp of ${stopChecks.length}`,
    );
    for (const c of [...flat, ...sharp]) {
      const cutUp = profile.mouthCutUp[c.pipe] ?? NaN;
      lines.push(`  pipe ${c.pipe}: ${c.cents > 0 ? '+' : ''}${c.cents.toFixed(1)} cents (cut-up ${cutUp}mm)`);
    }
  }

  const summary = {
    generatedAt: new Date().toISOString(),
    stops: byStop.size,
    outOfTune: checks.filter((c) => Math.abs(c.cents) > 3).length,
  };
  await writeFile(outFile, `${lines.join('\n')}\n\n${JSON.stringify(summary)}\n`, 'utf8');
  return outFile;
}
