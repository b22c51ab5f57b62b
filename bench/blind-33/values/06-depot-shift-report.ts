// expect: none
// Every async value is awaited before it is interpolated into the handover text or serialised into the JSON body, including the await inside the template literal.
export interface Tram {
  id: string;
  series: 'T3000' | 'T5000' | 'Flexity';
  odometerKm: number;
  lastBogieInspectionKm: number;
}

export interface DefectReport {
  tramId: string;
  system: 'doors' | 'brakes' | 'pantograph' | 'hvac' | 'passenger-info';
  severity: 'advisory' | 'restrictive' | 'withdraw';
  raisedBy: string;
}

declare const depot: {
  tramsOnSite(depotId: string): Promise<Tram[]>;
  openDefects(depotId: string): Promise<DefectReport[]>;
  sandHopperLevelPct(depotId: string): Promise<number>;
  nextShiftLead(depotId: string): Promise<string | null>;
};

declare const handover: {
  post(channel: string, body: string): Promise<void>;
};

declare const opsApi: {
  submitShiftSummary(json: string): Promise<{ id: string }>;
};

const BOGIE_INTERVAL_KM = 60_000;

function dueForBogie(tram: Tram): boolean {
  return tram.odometerKm - tram.lastBogieInspectionKm >= BOGIE_INTERVAL_KM * 0.95;
}

export async function publishShiftReport(depotId: string, shiftEnd: Date): Promise<string> {
  const [trams, defects] = await Promise.all([depot.tramsOnSite(depotId), depot.openDefects(depotId)]);

  const withdrawn = new Set(defects.filter((d) => d.severity === 'withdraw').map((d) => d.tramId));
  const available = trams.filter((t) => !withdrawn.has(t.id));
  const bogieDue = trams.filter(dueForBogie).map((t) => t.id);
  const lead = (await depot.nextShiftLead(depotId)) ?? 'unassigned';

  const text = [
    `Depot ${depotId} handover at ${shiftEnd.toISOString().slice(11, 16)}`,
    `Available for service: ${available.length}/${trams.length}`,
    `Withdrawn: ${[...withdrawn].join(', ') || 'none'}`,
    `Bogie inspection due: ${bogieDue.join(', ') || 'none'}`,
    `Sand hoppers at ${await depot.sandHopperLevelPct(depotId)}%`,
    `Incoming lead: ${lead}`,
  ].join('\n');

  await handover.post(`depot-${depotId}`, text);

  const summary = JSON.stringify({
    depotId,
    shiftEnd: shiftEnd.toISOString(),
    available: available.map((t) => t.id),
    withdrawn: [...withdrawn],
    bogieDue,
    restrictive: defects.filter((d) => d.severity === 'restrictive').map((d) => `${d.tramId}:${d.system}`),
    sandHopperPct: await depot.sandHopperLevelPct(depotId),
    incomingLead: lead,
  });

  const { id } = await opsApi.submitShiftSummary(summary);
  return id;
}
