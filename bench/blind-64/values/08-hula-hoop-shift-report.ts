// expect: none
// Every async figure is resolved with Promise.all before it is put in the JSON report and the Slack text, so only plain values are serialized.
export interface ExtruderStats {
  lineId: string;
  hoopsMade: number;
  scrapKg: number;
  avgDiameterMm: number;
  downtimeMin: number;
}

export interface ResinLot {
  lotId: string;
  polymer: 'HDPE' | 'PE-100' | 'polypro';
  kgRemaining: number;
}

declare const lines: {
  stats(lineId: string, shiftId: string): Promise<ExtruderStats>;
  ids(): Promise<string[]>;
};

declare const resin: {
  activeLots(): Promise<ResinLot[]>;
};

declare const qc: {
  rejectRate(shiftId: string): Promise<number>;
};

declare const reporting: {
  url: string;
  slackWebhook: string;
};

export interface ShiftReport {
  shiftId: string;
  generatedAt: string;
  totals: { hoops: number; scrapKg: number; downtimeMin: number };
  rejectRatePct: number;
  lines: ExtruderStats[];
  lowResin: ResinLot[];
}

export async function buildShiftReport(shiftId: string): Promise<ShiftReport> {
  const lineIds = await lines.ids();
  const [perLine, lots, rejectRate] = await Promise.all([
    Promise.all(lineIds.map((id) => lines.stats(id, shiftId))),
    resin.activeLots(),
    qc.rejectRate(shiftId),
  ]);

  const totals = perLine.reduce(
    (acc, s) => ({
      hoops: acc.hoops + s.hoopsMade,
      scrapKg: acc.scrapKg + s.scrapKg,
      downtimeMin: acc.downtimeMin + s.downtimeMin,
    }),
    { hoops: 0, scrapKg: 0, downtimeMin: 0 },
  );

  return {
    shiftId,
    generatedAt: new Date().toISOString(),
    totals,
    rejectRatePct: Math.round(rejectRate * 1000) / 10,
    lines: perLine,
    lowResin: lots.filter((l) => l.kgRemaining < 250),
  };
}

export async function publishShiftReport(shiftId: string): Promise<void> {
  const report = await buildShiftReport(shiftId);

  const res = await fetch(`${reporting.url}/shift-reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  if (!res.ok) throw new Error(`report upload failed: ${res.status}`);

  const lowResin = report.lowResin.map((l) => `${l.lotId} (${l.kgRemaining}kg)`).join(', ');
  const text =
    `Shift ${shiftId}: ${report.totals.hoops} hoops, ${report.totals.scrapKg.toFixed(1)}kg scrap, ` +
    `${report.rejectRatePct}% QC rejects` +
    (lowResin ? `. Low resin: ${lowResin}` : '');

  const slack = await fetch(reporting.slackWebhook, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  if (!slack.ok) throw new Error(`slack notify failed: ${slack.status}`);
}
