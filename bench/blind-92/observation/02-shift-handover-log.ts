// expect: none
// The three loads are started together but handed straight to Promise.all, so each has a handler before any await; the audit write is deliberately detached with void and its own .catch.
interface HaulageRow {
  level: number;
  tonnes: number;
  skipCount: number;
}

interface Incident {
  id: string;
  level: number;
  severity: 'minor' | 'reportable' | 'serious';
  summary: string;
}

interface GasReading {
  sensor: string;
  ppmCO: number;
  pctO2: number;
}

declare const mineDb: {
  haulageForShift(shiftId: string): Promise<HaulageRow[]>;
  incidentsForShift(shiftId: string): Promise<Incident[]>;
  worstGasReadings(shiftId: string, limit: number): Promise<GasReading[]>;
  writeAudit(entry: { action: string; shiftId: string; by: string; at: Date }): Promise<void>;
};

export interface HandoverSheet {
  shiftId: string;
  totalTonnes: number;
  byLevel: Record<number, number>;
  openIncidents: Incident[];
  gasAlerts: GasReading[];
}

export async function buildHandover(shiftId: string, foreman: string): Promise<HandoverSheet> {
  const haulage = mineDb.haulageForShift(shiftId);
  const incidents = mineDb.incidentsForShift(shiftId);
  const gas = mineDb.worstGasReadings(shiftId, 5);

  const [rows, incidentList, readings] = await Promise.all([haulage, incidents, gas]);

  const byLevel: Record<number, number> = {};
  let totalTonnes = 0;
  for (const row of rows) {
    byLevel[row.level] = (byLevel[row.level] ?? 0) + row.tonnes;
    totalTonnes += row.tonnes;
  }

  // The sheet must not wait on the audit trail; a failed audit write is logged.
  void mineDb
    .writeAudit({ action: 'handover.generated', shiftId, by: foreman, at: new Date() })
    .catch((err) => console.error('audit write failed', shiftId, err));

  return {
    shiftId,
    totalTonnes: Math.round(totalTonnes * 10) / 10,
    byLevel,
    openIncidents: incidentList.filter((i) => i.severity !== 'minor'),
    gasAlerts: readings.filter((r) => r.ppmCO > 25 || r.pctO2 < 19.5),
  };
}

export function renderHandover(sheet: HandoverSheet): string {
  const lines = [`Shift ${sheet.shiftId} — ${sheet.totalTonnes} t hoisted`];
  for (const [level, tonnes] of Object.entries(sheet.byLevel)) {
    lines.push(`  Level ${level}: ${tonnes} t`);
  }
  if (sheet.openIncidents.length) {
    lines.push('Open incidents:');
    for (const i of sheet.openIncidents) lines.push(`  [${i.severity}] L${i.level} ${i.summary}`);
  }
  if (sheet.gasAlerts.length) {
    lines.push('Gas alerts:');
    for (const g of sheet.gasAlerts) lines.push(`  ${g.sensor}: CO ${g.ppmCO} ppm, O2 ${g.pctO2}%`);
  }
  return lines.join('\n');
}
