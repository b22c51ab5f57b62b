// expect: none
// Every async value is awaited before it is interpolated, defaulted with ??, compared or tested for truthiness.
export interface Jump {
  bib: number;
  athlete: string;
  nation: string;
  distanceM: number;
  gate: number;
}

export interface JudgeMarks {
  marks: number[];
}

declare const hillData: {
  windCompensation(hillId: string, bib: number): Promise<number | null>;
  gateFactor(hillId: string): Promise<number>;
  kPoint(hillId: string): Promise<number>;
  isOfficialTraining(hillId: string): Promise<boolean>;
  judgeMarks(hillId: string, bib: number): Promise<JudgeMarks | undefined>;
};

declare const scoreboard: {
  show(line: string): Promise<void>;
};

function styleScore(marks: number[]): number {
  if (marks.length < 5) {
    return marks.reduce((a, b) => a + b, 0);
  }
  const sorted = [...marks].sort((a, b) => a - b);
  return sorted.slice(1, -1).reduce((a, b) => a + b, 0);
}

export async function scoreJump(hillId: string, jump: Jump, startGate: number): Promise<number> {
  const kPoint = await hillData.kPoint(hillId);
  const perMetre = kPoint >= 170 ? 1.2 : kPoint >= 110 ? 1.8 : 2.0;
  const base = kPoint >= 170 ? 120 : 60;
  const distancePts = base + (jump.distanceM - kPoint) * perMetre;

  const wind = (await hillData.windCompensation(hillId, jump.bib)) ?? 0;
  const gatePts = (startGate - jump.gate) * (await hillData.gateFactor(hillId));

  const judges = await hillData.judgeMarks(hillId, jump.bib);
  const stylePts = judges ? styleScore(judges.marks) : 0;

  return Math.round((distancePts + wind + gatePts + stylePts) * 10) / 10;
}

export async function announce(hillId: string, jump: Jump, startGate: number, leaderPts: number | null): Promise<string> {
  const points = await scoreJump(hillId, jump, startGate);
  const training = await hillData.isOfficialTraining(hillId);
  const wind = await hillData.windCompensation(hillId, jump.bib);
  const windText = wind === null ? 'wind n/a' : `wind ${wind >= 0 ? '+' : ''}${wind.toFixed(1)}`;
  const position = leaderPts === null || points > leaderPts ? 'NEW LEADER' : `${(leaderPts - points).toFixed(1)} behind`;

  const line = `${jump.bib} ${jump.athlete} (${jump.nation}) ${jump.distanceM.toFixed(1)} m \u2013 ${points.toFixed(1)} pts, ${windText}${
    training ? ' [training]' : ` \u2013 ${position}`
  }`;
  await scoreboard.show(line);
  return line;
}

export async function roundLeader(hillId: string, jumps: Jump[], startGate: number): Promise<Jump | undefined> {
  let best: { jump: Jump; pts: number } | undefined;
  for (const jump of jumps) {
    const pts = await scoreJump(hillId, jump, startGate);
    if (best === undefined || pts > best.pts) {
      best = { jump, pts };
    }
  }
  return best?.jump;
}
