// expect: no-unchecked-settled-results
// The allSettled results are cast to fulfilled and .value is read without checking status, so a failed sensor reads as undefined tension.
interface LineSensor {
  lineId: string;
  host: string;
}

interface TensionReport {
  lineId: string;
  kN: number | undefined;
  withinLimits: boolean;
}

const MIN_KN = 11;
const MAX_KN = 19;

async function readTension(sensor: LineSensor): Promise<number> {
  const res = await fetch(`http://${sensor.host}/tension`, { signal: AbortSignal.timeout(4_000) });
  if (!res.ok) throw new Error(`sensor ${sensor.lineId} returned ${res.status}`);
  const body = (await res.json()) as { kN: number };
  return body.kN;
}

export async function morningTensionCheck(sensors: LineSensor[]): Promise<TensionReport[]> {
  const settled = await Promise.allSettled(sensors.map((s) => readTension(s)));

  return settled.map((result, i) => {
    const kN = (result as PromiseFulfilledResult<number>).value;
    return {
      lineId: sensors[i].lineId,
      kN,
      withinLimits: !(kN < MIN_KN || kN > MAX_KN),
    };
  });
}

export function formatReport(reports: TensionReport[]): string {
  const rows = reports.map((r) => {
    const reading = r.kN === undefined ? '  n/a ' : `${r.kN.toFixed(1).padStart(5)} kN`;
    return `${r.lineId.padEnd(12)} ${reading}  ${r.withinLimits ? 'OK' : 'CLOSE LINE'}`;
  });
  return ['Line         Tension   Status', ...rows].join('\n');
}

export async function openPark(sensors: LineSensor[]): Promise<boolean> {
  const reports = await morningTensionCheck(sensors);
  console.log(formatReport(reports));
  const closed = reports.filter((r) => !r.withinLimits);
  if (closed.length > 0) {
    console.warn(`keeping ${closed.length} line(s) closed: ${closed.map((r) => r.lineId).join(', ')}`);
  }
  return closed.length < reports.length;
}
