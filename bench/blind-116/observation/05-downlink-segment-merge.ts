// expect: no-unchecked-settled-results
// The allSettled results are filtered down to fulfilled segments and the rejected entries are never inspected, so a failed antenna download silently yields an incomplete image product marked complete.
import { writeFile } from 'node:fs/promises';

export interface AntennaClient {
  readonly site: string;
  fetchSegment(passId: string, index: number): Promise<Uint8Array>;
}

export interface SegmentPlan {
  passId: string;
  segments: Array<{ index: number; site: string }>;
}

export interface ProductManifest {
  passId: string;
  bytes: number;
  segmentCount: number;
  sites: string[];
  complete: boolean;
  assembledAt: string;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

export class DownlinkAssembler {
  private readonly antennas: Map<string, AntennaClient>;

  constructor(antennas: AntennaClient[], private readonly outDir: string) {
    this.antennas = new Map(antennas.map((a) => [a.site, a]));
  }

  async assemble(plan: SegmentPlan): Promise<ProductManifest> {
    const downloads = plan.segments.map(async ({ index, site }) => {
      const antenna = this.antennas.get(site);
      if (!antenna) throw new Error(`no antenna client for site ${site}`);
      const data = await antenna.fetchSegment(plan.passId, index);
      return { index, site, data };
    });

    const results = await Promise.allSettled(downloads);
    const segments = results
      .filter((r): r is PromiseFulfilledResult<{ index: number; site: string; data: Uint8Array }> => r.status === 'fulfilled')
      .map((r) => r.value)
      .sort((a, b) => a.index - b.index);

    const image = concat(segments.map((s) => s.data));
    await writeFile(`${this.outDir}/${plan.passId}.raw`, image);

    const manifest: ProductManifest = {
      passId: plan.passId,
      bytes: image.byteLength,
      segmentCount: segments.length,
      sites: [...new Set(segments.map((s) => s.site))],
      complete: true,
      assembledAt: new Date().toISOString(),
    };
    await writeFile(`${this.outDir}/${plan.passId}.json`, JSON.stringify(manifest, null, 2));
    return manifest;
  }
}

export function planRoundRobin(passId: string, segmentCount: number, sites: string[]): SegmentPlan {
  return {
    passId,
    segments: Array.from({ length: segmentCount }, (_, index) => ({ index, site: sites[index % sites.length] })),
  };
}
