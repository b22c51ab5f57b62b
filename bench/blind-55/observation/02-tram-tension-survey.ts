// expect: none
// Correct: span readings are started together and awaited at once with Promise.all, and the early baseline load gets its catch handler attached the moment it is created.
export interface CableSpan {
  id: string;
  line: "Hill" | "Harbour" | "Cathedral";
  lengthM: number;
}

export interface TensionReading {
  spanId: string;
  kiloNewtons: number;
  sagMm: number;
}

export interface SpanVerdict {
  spanId: string;
  deltaPct: number;
  action: "ok" | "retension" | "inspect";
}

declare const tensionSensors: {
  read(spanId: string): Promise<TensionReading>;
};
declare const surveyArchive: {
  loadBaseline(line: CableSpan["line"]): Promise<Record<string, number>>;
  save(line: CableSpan["line"], verdicts: SpanVerdict[]): Promise<void>;
};
declare const depotLog: { warn(msg: string, data?: object): void };

const NOMINAL_KN_PER_M = 0.085;

function nominalFor(span: CableSpan): number {
  return span.lengthM * NOMINAL_KN_PER_M;
}

function judge(reading: TensionReading, expectedKn: number): SpanVerdict {
  const deltaPct = ((reading.kiloNewtons - expectedKn) / expectedKn) * 100;
  let action: SpanVerdict["action"] = "ok";
  if (Math.abs(deltaPct) > 12 || reading.sagMm > 450) action = "inspect";
  else if (Math.abs(deltaPct) > 5) action = "retension";
  return { spanId: reading.spanId, deltaPct: Math.round(deltaPct * 10) / 10, action };
}

export async function surveyLine(line: CableSpan["line"], spans: CableSpan[]): Promise<SpanVerdict[]> {
  const baselineLoad = surveyArchive.loadBaseline(line).catch((err: unknown) => {
    depotLog.warn("no baseline, using nominal tension", { line, err: String(err) });
    return {} as Record<string, number>;
  });

  const onLine = spans.filter((s) => s.line === line);
  const readings = await Promise.all(onLine.map((span) => tensionSensors.read(span.id)));
  const baseline = await baselineLoad;

  const verdicts = readings.map((reading, i) => {
    const expected = baseline[reading.spanId] ?? nominalFor(onLine[i]);
    return judge(reading, expected);
  });

  await surveyArchive.save(line, verdicts);
  return verdicts;
}

export async function nightlySurvey(spans: CableSpan[]): Promise<SpanVerdict[]> {
  const lines: CableSpan["line"][] = ["Hill", "Harbour", "Cathedral"];
  const perLine = await Promise.all(lines.map((line) => surveyLine(line, spans)));
  return perLine.flat().filter((v) => v.action !== "ok");
}
