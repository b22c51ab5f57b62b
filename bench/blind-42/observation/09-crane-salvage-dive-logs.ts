// expect: none
// Per-diver log fetches are collected into an array and passed straight to Promise.all; the early-started tide lookup is joined in the same Promise.all.
export interface DiveLog {
  diver: string;
  bottomMinutes: number;
  maxDepthM: number;
  gas: 'air' | 'nitrox32' | 'trimix';
  decoStops: Array<{ depthM: number; minutes: number }>;
}

export interface TideWindow {
  slackStart: string;
  slackEnd: string;
  currentKnots: number;
}

export interface ShiftBrief {
  wreck: string;
  date: string;
  divers: Array<{ diver: string; residualNitrogenGroup: string; cleared: boolean }>;
  slack: TideWindow;
  liftAllowed: boolean;
}

declare const diveComputerSync: {
  lastLog(diver: string): Promise<DiveLog>;
};

declare const tides: {
  slackWindow(wreck: string, date: string): Promise<TideWindow>;
};

declare const bargeCrane: {
  ratedLoadTonnes(radiusM: number): number;
};

/** Very rough repetitive-group letter from the last dive, as used on the barge whiteboard. */
function residualGroup(log: DiveLog): string {
  const pressureFactor = log.maxDepthM / 10 + 1;
  const loading = log.bottomMinutes * pressureFactor * (log.gas === 'air' ? 1 : 0.8);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return letters[Math.min(letters.length - 1, Math.floor(loading / 25))];
}

function cleared(log: DiveLog): boolean {
  const missedDeco = log.decoStops.some((s) => s.minutes < 1);
  return !missedDeco && residualGroup(log) < 'K';
}

export async function morningBrief(
  wreck: string,
  date: string,
  divers: string[],
  liftMass: { tonnes: number; radiusM: number },
): Promise<ShiftBrief> {
  const slackLookup = tides.slackWindow(wreck, date);
  const logLookups: Promise<DiveLog>[] = [];
  for (const diver of divers) {
    logLookups.push(diveComputerSync.lastLog(diver));
  }

  const [slack, logs] = await Promise.all([slackLookup, Promise.all(logLookups)]);

  const diverStatus = logs.map((log) => ({
    diver: log.diver,
    residualNitrogenGroup: residualGroup(log),
    cleared: cleared(log),
  }));

  const rated = bargeCrane.ratedLoadTonnes(liftMass.radiusM);
  const liftAllowed =
    slack.currentKnots < 1.2 && liftMass.tonnes <= rated * 0.85 && diverStatus.filter((d) => d.cleared).length >= 2;

  return { wreck, date, divers: diverStatus, slack, liftAllowed };
}

export function briefText(brief: ShiftBrief): string {
  const rows = brief.divers.map(
    (d) => `  ${d.diver.padEnd(12)} group ${d.residualNitrogenGroup}  ${d.cleared ? 'CLEARED' : 'STAND DOWN'}`,
  );
  return [
    `${brief.wreck} — ${brief.date}`,
    `Slack ${brief.slack.slackStart}–${brief.slack.slackEnd}, current ${brief.slack.currentKnots} kn`,
    ...rows,
    brief.liftAllowed ? 'Lift: GO' : 'Lift: NO GO',
  ].join('\n');
}
