// expect: none
// The cache deliberately stores promises and ?? picks between two promises; the property set in .then is read only after that promise is awaited.
export interface AnchorLoadTest {
  anchorId: string;
  ratedKn: number;
  testedKn: number;
  passed: boolean;
}

export interface WireSpan {
  spanId: string;
  lengthM: number;
  heightM: number;
  anchors: [string, string];
  cableDiameterMm: number;
}

declare const loadCell: {
  pullTest(anchorId: string, targetKn: number): Promise<AnchorLoadTest>;
};

declare const riggingPlans: {
  span(spanId: string): Promise<WireSpan>;
};

declare const safetyBoard: {
  submit(report: { spanId: string; approved: boolean; notes: string[] }): Promise<{ reference: string }>;
};

const SAFETY_FACTOR = 5;

function requiredKn(span: WireSpan, performerKg = 70): number {
  const sagRatio = 0.02;
  const horizontal = (performerKg * 9.81 * span.lengthM) / (4 * span.lengthM * sagRatio) / 1000;
  return Math.ceil(horizontal * SAFETY_FACTOR);
}

export class SpanInspector {
  private readonly anchorTests = new Map<string, Promise<AnchorLoadTest>>();
  private lastSpan: WireSpan | undefined;

  private testAnchor(anchorId: string, targetKn: number): Promise<AnchorLoadTest> {
    const test =
      this.anchorTests.get(anchorId) ??
      loadCell.pullTest(anchorId, targetKn).catch((err: unknown) => {
        this.anchorTests.delete(anchorId);
        throw err;
      });
    this.anchorTests.set(anchorId, test);
    return test;
  }

  async inspect(spanId: string): Promise<{ reference: string; approved: boolean }> {
    const spanLoaded = riggingPlans.span(spanId).then((span) => {
      this.lastSpan = span;
      return span;
    });
    const span = await spanLoaded;
    const target = requiredKn(span);

    const [left, right] = await Promise.all(span.anchors.map((id) => this.testAnchor(id, target)));
    const notes: string[] = [];
    for (const t of [left, right]) {
      if (!t.passed) notes.push(`anchor ${t.anchorId} failed at ${t.testedKn} kN (needs ${target} kN)`);
    }
    if (span.cableDiameterMm < 12 && span.heightM > 8) {
      notes.push(`cable ${span.cableDiameterMm} mm is thin for a ${span.heightM} m high walk`);
    }

    const approved = notes.length === 0;
    const { reference } = await safetyBoard.submit({ spanId, approved, notes });
    return { reference, approved };
  }

  describeLast(): string {
    const span = this.lastSpan;
    if (!span) return 'no span inspected yet';
    return `${span.spanId}: ${span.lengthM} m at ${span.heightM} m, anchors ${span.anchors.join(' & ')}`;
  }

  forgetAnchor(anchorId: string): void {
    this.anchorTests.delete(anchorId);
  }
}
