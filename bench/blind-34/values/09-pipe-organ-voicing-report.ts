// expect: none
// Every async measurement is awaited (individually or via Promise.all) before it is interpolated, serialised or compared.
export interface StopRank {
  division: "Great" | "Swell" | "Choir" | "Pedal";
  name: string;
  footage: string;
  pipes: number;
}

declare const windChest: {
  pressureMmWg(division: StopRank["division"]): Promise<number>;
};

declare const tuner: {
  averageCents(rank: StopRank): Promise<number>;
  outOfTune(rank: StopRank, toleranceCents: number): Promise<number>;
};

declare const archive: {
  store(key: string, body: string): Promise<void>;
};

export interface RankReport {
  rank: string;
  averageCents: number;
  outOfTune: number;
}

async function reportRank(rank: StopRank): Promise<RankReport> {
  const [averageCents, outOfTune] = await Promise.all([
    tuner.averageCents(rank),
    tuner.outOfTune(rank, 3),
  ]);
  return { rank: `${rank.division} ${rank.name} ${rank.footage}`, averageCents, outOfTune };
}

export async function voicingReport(organ: string, ranks: StopRank[]): Promise<string> {
  const divisions = [...new Set(ranks.map((r) => r.division))];
  const pressures = await Promise.all(divisions.map((d) => windChest.pressureMmWg(d)));
  const lines = divisions.map((d, i) => `${d}: wind ${pressures[i]} mm WG`);

  const reports: RankReport[] = [];
  for (const rank of ranks) {
    reports.push(await reportRank(rank));
  }
  const worst = reports.reduce((a, b) => (b.outOfTune > a.outOfTune ? b : a), reports[0]);
  const worstCents = worst ? await tuner.averageCents(ranks[reports.indexOf(worst)]) : 0;
  if (worst && worst.outOfTune > 0) {
    lines.push(`worst rank: ${worst.rank} (${worst.outOfTune} pipes, avg ${worstCents.toFixed(1)}¢)`);
  }

  const body = JSON.stringify({ organ, pressures, reports }, null, 2);
  await archive.store(`voicing/${organ}/${new Date().toISOString().slice(0, 10)}.json`, body);
  return lines.join("\n");
}

export function totalPipes(ranks: StopRank[]): number {
  return ranks.reduce((n, r) => n + r.pipes, 0);
}

export function ranksNeedingWork(reports: RankReport[], threshold = 5): string[] {
  return reports.filter((r) => r.outOfTune >= threshold).map((r) => r.rank);
}
