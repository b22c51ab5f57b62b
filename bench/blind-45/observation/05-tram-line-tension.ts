// expect: no-unchecked-settled-results
// surveySection reads .value from every Promise.allSettled result via a cast, so one offline gauge yields undefined and the span analysis throws.
export interface Span {
  spanId: string;
  section: string;
  lengthM: number;
  contactWireMm2: 107 | 120 | 150;
}

export interface TensionReading {
  spanId: string;
  contactKn: number;
  catenaryKn: number;
  ambientC: number;
  at: string;
}

export interface SectionSurvey {
  section: string;
  spans: number;
  slackSpans: string[];
  overTensioned: string[];
  meanContactKn: number;
}

declare const tensionGauges: {
  read(spanId: string): Promise<TensionReading>;
};

declare const maintenancePlanner: {
  raiseWorkOrder(section: string, spanIds: string[], note: string): Promise<string>;
};

// Nominal auto-tensioned contact wire, with a temperature allowance for balance-weight drift.
const NOMINAL_KN: Record<Span['contactWireMm2'], number> = { 107: 10, 120: 12, 150: 15 };
const TOLERANCE = 0.12;

function expectedKn(span: Span, ambientC: number): number {
  const drift = (ambientC - 10) * 0.01;
  return NOMINAL_KN[span.contactWireMm2] * (1 - drift);
}

export async function surveySection(section: string, spans: Span[]): Promise<SectionSurvey> {
  const settled = await Promise.allSettled(spans.map((span) => tensionGauges.read(span.spanId)));
  const readings = settled.map((result) => (result as PromiseFulfilledResult<TensionReading>).value);

  const slackSpans: string[] = [];
  const overTensioned: string[] = [];

  readings.forEach((reading, i) => {
    const span = spans[i];
    const target = expectedKn(span, reading.ambientC);
    const deviation = (reading.contactKn - target) / target;
    if (deviation < -TOLERANCE) slackSpans.push(span.spanId);
    else if (deviation > TOLERANCE) overTensioned.push(span.spanId);
  });

  const meanContactKn =
    readings.reduce((sum, r) => sum + r.contactKn, 0) / Math.max(1, readings.length);

  return {
    section,
    spans: spans.length,
    slackSpans,
    overTensioned,
    meanContactKn: Math.round(meanContactKn * 100) / 100,
  };
}

export async function nightlyTensionCheck(sections: Map<string, Span[]>): Promise<string[]> {
  const workOrders: string[] = [];
  for (const [section, spans] of sections) {
    const survey = await surveySection(section, spans);
    const flagged = [...survey.slackSpans, ...survey.overTensioned];
    if (flagged.length === 0) continue;

    const note =
      `${survey.slackSpans.length} slack / ${survey.overTensioned.length} over-tensioned ` +
      `of ${survey.spans} spans (mean ${survey.meanContactKn} kN); check balance weights`;
    workOrders.push(await maintenancePlanner.raiseWorkOrder(section, flagged, note));
  }
  return workOrders;
}
