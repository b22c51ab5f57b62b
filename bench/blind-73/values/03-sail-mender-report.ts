// expect: none
// Every promise is awaited before use: Promise.all is destructured first and the wind speed is interpolated as ${await ...}, so only values reach the template.
export interface SailRepair {
  sailId: string;
  millName: string;
  patches: number;
  canvasM2: number;
}

declare const ledger: {
  hoursSpent(sailId: string): Promise<number>;
  partsUsed(sailId: string): Promise<string[]>;
};

declare const weatherStation: {
  windSpeedMs(millName: string): Promise<number>;
};

declare const noticeBoard: {
  post(millName: string, text: string): Promise<void>;
};

const SAFE_TO_HANG_MS = 7;

function formatHours(hours: number): string {
  const h = Math.floor(hours);
  const m = Math.round((hours - h) * 60);
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
}

export async function repairNotice(repair: SailRepair): Promise<string> {
  const [hours, parts] = await Promise.all([ledger.hoursSpent(repair.sailId), ledger.partsUsed(repair.sailId)]);

  const lines = [
    `Sail ${repair.sailId} (${repair.millName}) mended in ${formatHours(hours)}`,
    `${repair.patches} patches, ${repair.canvasM2.toFixed(1)} m² of canvas`,
  ];
  if (parts.length > 0) {
    lines.push(`Parts: ${parts.join(', ')}`);
  }

  lines.push(`Wind at the mill now: ${(await weatherStation.windSpeedMs(repair.millName)).toFixed(1)} m/s`);
  return lines.join('\n');
}

export async function postRepairs(repairs: SailRepair[]): Promise<string[]> {
  const posted: string[] = [];
  const byMill = new Map<string, SailRepair[]>();
  for (const r of repairs) {
    byMill.set(r.millName, [...(byMill.get(r.millName) ?? []), r]);
  }

  for (const [millName, millRepairs] of byMill) {
    const wind = await weatherStation.windSpeedMs(millName);
    const notices: string[] = [];
    for (const repair of millRepairs) {
      notices.push(await repairNotice(repair));
    }
    const advice = wind > SAFE_TO_HANG_MS ? 'Hold off re-hanging sails until the wind drops.' : 'Safe to re-hang.';
    await noticeBoard.post(millName, `${notices.join('\n\n')}\n\n${advice}`);
    posted.push(millName);
  }
  return posted;
}
