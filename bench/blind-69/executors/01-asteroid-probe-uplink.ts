// expect: no-multiple-settle
// The execFile callback rejects on a failed uplink but has no return, so it falls through and also resolves with a parsed (empty) manifest.
import { execFile } from 'node:child_process';

export interface SampleRecord {
  sampleId: string;
  massGrams: number;
  depthMeters: number;
  mineral: string;
}

export interface ProbeManifest {
  probeId: string;
  firmware: string;
  batteryPct: number;
  samples: SampleRecord[];
}

export class UplinkError extends Error {
  constructor(
    readonly probeId: string,
    readonly stderr: string,
    options?: { cause?: unknown },
  ) {
    super(`uplink to probe ${probeId} failed: ${stderr.trim() || 'no diagnostics'}`, options);
    this.name = 'UplinkError';
  }
}

const PROBE_CTL = process.env.PROBE_CTL_PATH ?? '/opt/deepfield/bin/probe-ctl';
const UPLINK_TIMEOUT_MS = 45_000;

function parseManifest(probeId: string, raw: string): ProbeManifest {
  const text = raw.trim();
  if (text.length === 0) {
    return { probeId, firmware: 'unknown', batteryPct: 0, samples: [] };
  }
  const data = JSON.parse(text) as Partial<ProbeManifest>;
  return {
    probeId,
    firmware: data.firmware ?? 'unknown',
    batteryPct: Math.max(0, Math.min(100, data.batteryPct ?? 0)),
    samples: (data.samples ?? []).filter((s) => s.massGrams > 0),
  };
}

export class ProbeUplink {
  constructor(
    private readonly relayStation: string,
    private readonly log: (line: string) => void = () => {},
  ) {}

  fetchManifest(probeId: string): Promise<ProbeManifest> {
    const args = ['manifest', '--relay', this.relayStation, '--probe', probeId, '--format', 'json'];
    this.log(`requesting manifest from ${probeId} via ${this.relayStation}`);

    return new Promise<ProbeManifest>((resolve, reject) => {
      execFile(
        PROBE_CTL,
        args,
        { timeout: UPLINK_TIMEOUT_MS, maxBuffer: 8 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error) {
            reject(new UplinkError(probeId, stderr, { cause: error }));
          }
          resolve(parseManifest(probeId, stdout));
        },
      );
    });
  }

  async totalYield(probeIds: readonly string[]): Promise<Map<string, number>> {
    const manifests = await Promise.all(probeIds.map((id) => this.fetchManifest(id)));
    const byMineral = new Map<string, number>();
    for (const manifest of manifests) {
      for (const sample of manifest.samples) {
        byMineral.set(sample.mineral, (byMineral.get(sample.mineral) ?? 0) + sample.massGrams);
      }
    }
    return byMineral;
  }

  async probesNeedingRecall(probeIds: readonly string[], minBatteryPct = 15): Promise<string[]> {
    const recall: string[] = [];
    for (const id of probeIds) {
      const manifest = await this.fetchManifest(id);
      const deepest = manifest.samples.reduce((max, s) => Math.max(max, s.depthMeters), 0);
      if (manifest.batteryPct < minBatteryPct || deepest > 120) {
        this.log(`probe ${id} flagged: battery ${manifest.batteryPct}% depth ${deepest}m`);
        recall.push(id);
      }
    }
    return recall;
  }
}
