// expect: none
// Every async lookup is awaited before it is interpolated, compared or serialised, so the scoreboard and the federation payload only ever hold plain values.
export interface SplitTimes {
  sledId: string;
  heatId: string;
  startMs: number;
  splitsMs: number[];
  finishMs: number | null;
}

export interface SledEntry {
  sledId: string;
  nation: string;
  pilot: string;
  discipline: 'two-man' | 'four-man' | 'monobob' | 'skeleton';
}

declare const entries: {
  sled(sledId: string): Promise<SledEntry>;
};

declare const trackRecords: {
  best(discipline: SledEntry['discipline']): Promise<number | null>;
};

declare const scoreboard: {
  show(line1: string, line2: string): Promise<void>;
};

declare const federationFeed: {
  post(body: string): Promise<void>;
};

function formatTime(ms: number): string {
  const seconds = ms / 1000;
  return seconds >= 60
    ? `${Math.floor(seconds / 60)}:${(seconds % 60).toFixed(2).padStart(5, '0')}`
    : seconds.toFixed(2);
}

function splitDeltas(splitsMs: number[], startMs: number): number[] {
  return splitsMs.map((split, i) => split - (i === 0 ? startMs : splitsMs[i - 1]));
}

export async function announceRun(run: SplitTimes): Promise<'record' | 'finished' | 'dnf'> {
  const sled = await entries.sled(run.sledId);

  if (run.finishMs === null) {
    await scoreboard.show(`${sled.nation} ${sled.pilot}`, 'DNF');
    await federationFeed.post(JSON.stringify({ heat: run.heatId, sled: sled.sledId, result: 'DNF' }));
    return 'dnf';
  }

  const total = run.finishMs - run.startMs;
  const record = await trackRecords.best(sled.discipline);
  const isRecord = record === null || total < record;

  await scoreboard.show(
    `${sled.nation} ${sled.pilot} - ${formatTime(total)}`,
    isRecord ? 'NEW TRACK RECORD' : `record ${formatTime(record)} (+${formatTime(total - record)})`,
  );

  await federationFeed.post(
    JSON.stringify({
      heat: run.heatId,
      sled: sled.sledId,
      nation: sled.nation,
      discipline: sled.discipline,
      totalMs: total,
      splits: splitDeltas(run.splitsMs, run.startMs),
      trackRecord: isRecord,
    }),
  );

  return isRecord ? 'record' : 'finished';
}

export async function announceHeat(runs: SplitTimes[]): Promise<string> {
  let records = 0;
  let dnf = 0;
  for (const run of runs) {
    const outcome = await announceRun(run);
    if (outcome === 'record') records++;
    if (outcome === 'dnf') dnf++;
  }
  return `${runs.length} runs, ${records} record(s), ${dnf} DNF`;
}
