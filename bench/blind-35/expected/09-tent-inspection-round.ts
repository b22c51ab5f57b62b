// expect: none
// inspectTent and summarise are arrow-function properties handed to map/then as callbacks, and every async call inside is actually invoked.
export interface Anchor {
  id: string;
  kind: 'stake' | 'ballast' | 'ground-screw';
  ratedKn: number;
}

export interface Tent {
  id: string;
  kingPoles: number;
  anchors: Anchor[];
  canvasAgeYears: number;
}

export interface AnchorReading {
  anchorId: string;
  pullTestKn: number;
}

export interface TentReport {
  tentId: string;
  weakAnchors: string[];
  poleStatus: 'ok' | 'check-plumb';
  safeForShow: boolean;
}

declare const rigTester: {
  pullTest(anchorId: string, targetKn: number): Promise<AnchorReading>;
  poleInclinationDeg(tentId: string, pole: number): Promise<number>;
};

declare const safetyBoard: {
  file(reports: TentReport[], inspector: string): Promise<{ reference: string }>;
};

const PULL_TEST_FRACTION = 0.6;
const MAX_POLE_LEAN_DEG = 1.5;

export class InspectionRound {
  constructor(private readonly inspector: string) {}

  private checkAnchor = async (anchor: Anchor): Promise<AnchorReading> => {
    return rigTester.pullTest(anchor.id, anchor.ratedKn * PULL_TEST_FRACTION);
  };

  private polesPlumb = async (tent: Tent): Promise<boolean> => {
    const poles = Array.from({ length: tent.kingPoles }, (_, i) => i + 1);
    const leans = await Promise.all(poles.map((p) => rigTester.poleInclinationDeg(tent.id, p)));
    return leans.every((deg) => Math.abs(deg) <= MAX_POLE_LEAN_DEG);
  };

  inspectTent = async (tent: Tent): Promise<TentReport> => {
    const [readings, plumb] = await Promise.all([Promise.all(tent.anchors.map(this.checkAnchor)), this.polesPlumb(tent)]);
    const weakAnchors = readings
      .filter((r, i) => r.pullTestKn < tent.anchors[i].ratedKn * PULL_TEST_FRACTION)
      .map((r) => r.anchorId);
    // Old canvas transfers more load to the anchors in a gust, so one weak anchor is enough to stop the show.
    const allowedWeak = tent.canvasAgeYears > 8 ? 0 : 1;
    return {
      tentId: tent.id,
      weakAnchors,
      poleStatus: plumb ? 'ok' : 'check-plumb',
      safeForShow: plumb && weakAnchors.length <= allowedWeak,
    };
  };

  private summarise = (reports: TentReport[]): TentReport[] => {
    return [...reports].sort((a, b) => Number(a.safeForShow) - Number(b.safeForShow));
  };

  async run(tents: Tent[]): Promise<{ reference: string; reports: TentReport[] }> {
    const reports = await Promise.all(tents.map(this.inspectTent)).then(this.summarise);
    const { reference } = await safetyBoard.file(reports, this.inspector);
    return { reference, reports };
  }
}
