// expect: none
// Every allSettled entry is inspected, with rejected segments collected together with their reasons into the audit and an error raised when no segment could be measured.
export interface CableSegment {
  lineId: string;
  index: number;
  startMetre: number;
  endMetre: number;
}

export interface SegmentMeasurement {
  segment: CableSegment;
  minDiameterMm: number;
  brokenWires: number;
}

export interface SegmentFailure {
  segment: CableSegment;
  reason: string;
}

export interface MagneticProbe {
  measure(segment: CableSegment): Promise<SegmentMeasurement>;
}

export interface CableAudit {
  lineId: string;
  measured: SegmentMeasurement[];
  failed: SegmentFailure[];
  worstSegment?: SegmentMeasurement;
}

export class CableSegmentAuditor {
  constructor(
    private readonly probe: MagneticProbe,
    private readonly nominalDiameterMm = 54,
  ) {}

  async audit(lineId: string, segments: CableSegment[]): Promise<CableAudit> {
    const results = await Promise.allSettled(segments.map((segment) => this.probe.measure(segment)));

    const measured: SegmentMeasurement[] = [];
    const failed: SegmentFailure[] = [];
    results.forEach((result, i) => {
      const segment = segments[i]!;
      if (result.status === 'fulfilled') {
        measured.push(result.value);
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        failed.push({ segment, reason });
      }
    });

    if (measured.length === 0 && segments.length > 0) {
      throw new AggregateError(
        failed.map((f) => new Error(`segment ${f.segment.index}: ${f.reason}`)),
        `no segment of ${lineId} could be measured`,
      );
    }

    const worstSegment = measured.reduce<SegmentMeasurement | undefined>(
      (worst, m) => (!worst || this.loss(m) > this.loss(worst) ? m : worst),
      undefined,
    );
    return { lineId, measured, failed, worstSegment };
  }

  private loss(m: SegmentMeasurement): number {
    return (this.nominalDiameterMm - m.minDiameterMm) / this.nominalDiameterMm + m.brokenWires * 0.01;
  }
}

export function formatAudit(audit: CableAudit): string {
  const lines = [`Line ${audit.lineId}: ${audit.measured.length} segments measured`];
  if (audit.worstSegment) {
    const w = audit.worstSegment;
    lines.push(`worst: #${w.segment.index} (${w.minDiameterMm}mm, ${w.brokenWires} broken wires)`);
  }
  for (const f of audit.failed) {
    lines.push(`UNMEASURED #${f.segment.index} ${f.segment.startMetre}-${f.segment.endMetre}m: ${f.reason}`);
  }
  return lines.join('\n');
}
