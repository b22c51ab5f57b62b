// expect: none
// every line-weighing promise pushed into the array is awaited together via Promise.all, and the telemetry send has its rejection handled on the spot
export interface RaftLine {
  raftId: string;
  lineNo: number;
  species: "sugar-kelp" | "dulse" | "nori";
  seededOn: Date;
}

export interface LineWeight {
  raftId: string;
  lineNo: number;
  wetKg: number;
}

export interface HarvestSummary {
  raftId: string;
  lines: number;
  wetKg: number;
  harvestable: number[];
}

declare const raftWinch: {
  weighLine(raftId: string, lineNo: number): Promise<number>;
};
declare const farmTelemetry: {
  send(event: string, data: Record<string, unknown>): Promise<void>;
};
declare const raftInventory: {
  lines(raftId: string): Promise<RaftLine[]>;
};
declare const opsLog: { error(msg: string): void };

const MIN_KG_PER_METRE: Record<RaftLine["species"], number> = {
  "sugar-kelp": 4,
  dulse: 1.5,
  nori: 1,
};
const LINE_LENGTH_M = 100;
const MIN_GROW_DAYS = 120;

function grownDays(line: RaftLine, now: Date): number {
  return Math.floor((now.getTime() - line.seededOn.getTime()) / 86_400_000);
}

export async function surveyRaft(raftId: string, now = new Date()): Promise<HarvestSummary> {
  const lines = await raftInventory.lines(raftId);
  const weighings: Promise<LineWeight>[] = [];
  for (const line of lines) {
    if (grownDays(line, now) < MIN_GROW_DAYS) continue;
    weighings.push(
      raftWinch.weighLine(raftId, line.lineNo).then((wetKg) => ({ raftId, lineNo: line.lineNo, wetKg })),
    );
  }

  const weights = await Promise.all(weighings);

  const harvestable: number[] = [];
  let total = 0;
  for (const w of weights) {
    total += w.wetKg;
    const line = lines.find((l) => l.lineNo === w.lineNo);
    if (line && w.wetKg >= MIN_KG_PER_METRE[line.species] * LINE_LENGTH_M) {
      harvestable.push(w.lineNo);
    }
  }

  farmTelemetry
    .send("raft.survey", { raftId, weighed: weights.length, harvestable: harvestable.length })
    .catch((err: Error) => opsLog.error(`telemetry for ${raftId} dropped: ${err.message}`));

  return { raftId, lines: weights.length, wetKg: Math.round(total), harvestable };
}

export async function surveyFarm(raftIds: string[]): Promise<HarvestSummary[]> {
  const summaries: HarvestSummary[] = [];
  for (const raftId of raftIds) {
    summaries.push(await surveyRaft(raftId));
  }
  return summaries.sort((a, b) => b.harvestable.length - a.harvestable.length);
}
