// expect: none
// The oil check starts early but is converted to a settled result with .then(onOk, onErr) at once, and the other reads are awaited together via Promise.all.
export interface KettleLine {
  lineId: string;
  kettles: string[];
  flavour: 'butter' | 'caramel' | 'cheddar' | 'kettle-corn';
}

export interface PreflightReport {
  lineId: string;
  oilOk: boolean;
  oilDetail: string;
  kernelMoisturePct: number;
  hotKettles: string[];
}

declare const oilTank: { level(lineId: string): Promise<{ litres: number; tempC: number }> };
declare const kernelSilo: { moisture(lineId: string): Promise<number> };
declare const kettleSensors: { tempC(kettleId: string): Promise<number> };
declare const sugarDoser: { prime(lineId: string): Promise<void> };
declare const lineLog: { write(lineId: string, msg: string): void };

type OilCheck = { ok: true; detail: string } | { ok: false; detail: string };

function checkOil(lineId: string): Promise<OilCheck> {
  return oilTank.level(lineId).then(
    ({ litres, tempC }): OilCheck =>
      litres >= 20 ? { ok: true, detail: `${litres}L at ${tempC}C` } : { ok: false, detail: `only ${litres}L left` },
    (err: unknown): OilCheck => ({ ok: false, detail: `oil tank unreadable: ${String(err)}` }),
  );
}

export async function preflight(line: KettleLine): Promise<PreflightReport> {
  const oil = checkOil(line.lineId);

  if (line.flavour === 'caramel' || line.flavour === 'kettle-corn') {
    await sugarDoser.prime(line.lineId);
    lineLog.write(line.lineId, 'sugar doser primed');
  }

  const [moisture, temps] = await Promise.all([
    kernelSilo.moisture(line.lineId),
    Promise.all(line.kettles.map((id) => kettleSensors.tempC(id))),
  ]);
  const hotKettles = line.kettles.filter((_, i) => temps[i] > 260);

  const oilResult = await oil;
  if (!oilResult.ok) lineLog.write(line.lineId, `oil check failed: ${oilResult.detail}`);

  return {
    lineId: line.lineId,
    oilOk: oilResult.ok,
    oilDetail: oilResult.detail,
    kernelMoisturePct: moisture,
    hotKettles,
  };
}

export function readyToPop(report: PreflightReport): boolean {
  // Kernels below ~13% moisture do not build enough steam pressure to pop fully.
  return report.oilOk && report.kernelMoisturePct >= 13 && report.kernelMoisturePct <= 15 && report.hotKettles.length === 0;
}

export async function preflightPlant(lines: KettleLine[]): Promise<PreflightReport[]> {
  const reports: PreflightReport[] = [];
  for (const line of lines) {
    const report = await preflight(line);
    lineLog.write(line.lineId, readyToPop(report) ? 'ready' : 'held');
    reports.push(report);
  }
  return reports;
}
