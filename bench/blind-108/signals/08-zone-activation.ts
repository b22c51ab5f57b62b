// expect: require-signal-propagation
// soundZone checks opts.signal between sirens but never passes it to controller.activate, so an all-clear abort has to wait for each in-flight 3-minute activation to run to completion before the zone actually goes quiet.
export interface SirenUnit {
  id: string;
  zone: string;
  pattern: 'steady' | 'wail' | 'alert';
}

export interface ActivationReport {
  sirenId: string;
  ranForMs: number;
  faults: string[];
}

export interface SirenController {
  activate(
    sirenId: string,
    opts: { pattern: SirenUnit['pattern']; durationMs: number; signal?: AbortSignal },
  ): Promise<ActivationReport>;
}

export interface ActivationLog {
  write(entry: { zone: string; sirenId: string; outcome: string; at: Date }): void;
}

export interface SoundZoneOptions {
  durationMs?: number;
  staggerMs?: number;
  signal?: AbortSignal;
}

export async function soundZone(
  controller: SirenController,
  log: ActivationLog,
  units: SirenUnit[],
  zone: string,
  opts: SoundZoneOptions = {},
): Promise<ActivationReport[]> {
  const durationMs = opts.durationMs ?? 180_000;
  const staggerMs = opts.staggerMs ?? 0;
  const inZone = units.filter((u) => u.zone === zone);
  const reports: ActivationReport[] = [];

  for (const [i, unit] of inZone.entries()) {
    if (opts.signal?.aborted) {
      log.write({ zone, sirenId: unit.id, outcome: 'skipped (all clear)', at: new Date() });
      continue;
    }
    const report = await controller.activate(unit.id, {
      pattern: unit.pattern,
      durationMs: durationMs - i * staggerMs,
    });
    log.write({
      zone,
      sirenId: unit.id,
      outcome: report.faults.length ? `faults: ${report.faults.join(', ')}` : 'ok',
      at: new Date(),
    });
    reports.push(report);
  }

  return reports;
}

export function summarise(reports: ActivationReport[]): string {
  const faulty = reports.filter((r) => r.faults.length > 0);
  const minutes = reports.reduce((sum, r) => sum + r.ranForMs, 0) / 60_000;
  return `${reports.length} siren(s), ${minutes.toFixed(1)} siren-minutes, ${faulty.length} with faults`;
}
