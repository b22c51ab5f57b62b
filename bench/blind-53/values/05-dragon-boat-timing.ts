// expect: none
// Every async lookup (crew names, wind reading, previous best) is awaited through Promise.all before it is put in the JSON payload, compared or interpolated.
export interface LaneTime {
  lane: number;
  crewId: string;
  finishMs: number | null;
}

export interface HeatSheet {
  heatId: string;
  distanceM: 200 | 500 | 2000;
  lanes: LaneTime[];
}

declare const crewDirectory: {
  name(crewId: string): Promise<string>;
  personalBest(crewId: string, distanceM: number): Promise<number | null>;
};

declare const weatherMast: {
  tailwindMps(): Promise<number>;
};

declare const resultsFeed: {
  post(body: string): Promise<void>;
};

function formatMs(ms: number | null): string {
  if (ms === null) return 'DNF';
  const m = Math.floor(ms / 60_000);
  const s = ((ms % 60_000) / 1000).toFixed(2).padStart(5, '0');
  return m > 0 ? `${m}:${s}` : s;
}

export async function publishHeat(sheet: HeatSheet): Promise<string[]> {
  const finished = sheet.lanes.filter((l) => l.finishMs !== null);
  const ordered = [...finished].sort((a, b) => (a.finishMs ?? 0) - (b.finishMs ?? 0));

  const [names, bests, tailwind] = await Promise.all([
    Promise.all(sheet.lanes.map((l) => crewDirectory.name(l.crewId))),
    Promise.all(sheet.lanes.map((l) => crewDirectory.personalBest(l.crewId, sheet.distanceM))),
    weatherMast.tailwindMps(),
  ]);

  // like sprint canoe, times with more than 2 m/s tailwind are not record-eligible
  const windAssisted = tailwind > 2;

  const rows = sheet.lanes.map((lane, i) => {
    const best = bests[i] ?? null;
    const isPb = lane.finishMs !== null && !windAssisted && (best === null || lane.finishMs < best);
    const place = lane.finishMs === null ? null : ordered.indexOf(lane) + 1;
    return { lane: lane.lane, crew: names[i], time: formatMs(lane.finishMs), place, personalBest: isPb };
  });

  await resultsFeed.post(
    JSON.stringify({
      heatId: sheet.heatId,
      distanceM: sheet.distanceM,
      tailwindMps: tailwind,
      windAssisted,
      rows,
    }),
  );

  return rows
    .sort((a, b) => (a.place ?? 99) - (b.place ?? 99))
    .map((r) => `${r.place ?? '-'}. ${r.crew} (lane ${r.lane}) ${r.time}${r.personalBest ? ' PB' : ''}`);
}
