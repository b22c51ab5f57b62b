// expect: none
// All cable inspections are started together and immediately combined with Promise.all, so every promise has a handler as soon as it exists.
export interface CableSensorApi {
  inspectCable(bridgeId: string, cableId: string): Promise<CableInspection>;
  inspectAnchor(bridgeId: string, anchorId: string): Promise<AnchorInspection>;
}

export interface CableInspection {
  cableId: string;
  brokenStrands: number;
  corrosionGrade: 0 | 1 | 2 | 3;
  sagMm: number;
}

export interface AnchorInspection {
  anchorId: string;
  pulloutMarginKn: number;
}

export interface BridgeLayout {
  bridgeId: string;
  cables: string[];
  anchors: string[];
  designSagMm: number;
}

export interface SurveyResult {
  bridgeId: string;
  condition: 'good' | 'fair' | 'poor' | 'unsafe';
  findings: string[];
}

function cableFindings(c: CableInspection, designSagMm: number): string[] {
  const out: string[] = [];
  if (c.brokenStrands > 0) out.push(`${c.cableId}: ${c.brokenStrands} broken strands`);
  if (c.corrosionGrade >= 2) out.push(`${c.cableId}: corrosion grade ${c.corrosionGrade}`);
  if (c.sagMm > designSagMm * 1.15) out.push(`${c.cableId}: sag ${c.sagMm}mm exceeds design by >15%`);
  return out;
}

export async function surveyBridge(api: CableSensorApi, layout: BridgeLayout): Promise<SurveyResult> {
  const cableChecks = layout.cables.map((id) => api.inspectCable(layout.bridgeId, id));
  const anchorChecks = layout.anchors.map((id) => api.inspectAnchor(layout.bridgeId, id));
  const [cables, anchors] = await Promise.all([Promise.all(cableChecks), Promise.all(anchorChecks)]);

  const findings = cables.flatMap((c) => cableFindings(c, layout.designSagMm));
  for (const a of anchors) {
    if (a.pulloutMarginKn < 10) findings.push(`${a.anchorId}: pull-out margin only ${a.pulloutMarginKn} kN`);
  }

  const severe = cables.some((c) => c.brokenStrands > 3) || anchors.some((a) => a.pulloutMarginKn < 2);
  const condition = severe ? 'unsafe' : findings.length > 4 ? 'poor' : findings.length > 0 ? 'fair' : 'good';
  return { bridgeId: layout.bridgeId, condition, findings };
}

export async function surveyRoute(api: CableSensorApi, layouts: BridgeLayout[]): Promise<SurveyResult[]> {
  const results: SurveyResult[] = [];
  for (const layout of layouts) {
    results.push(await surveyBridge(api, layout));
  }
  return results;
}
