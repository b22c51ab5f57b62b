// expect: no-unobserved-promise
// Lane registrations are pushed into an array as the loop runs; a duplicate-crew throw partway through leaves the already-started ones with no handler.
export interface Crew {
  crewId: string;
  club: string;
  paddlers: number;
  division: "open" | "women" | "mixed" | "senior";
  seedTimeSec: number;
}

export interface LaneAssignment {
  heat: number;
  lane: number;
  crewId: string;
  confirmationCode: string;
}

declare const raceOffice: {
  registerLane(heat: number, lane: number, crewId: string): Promise<{ code: string }>;
  publishDraw(festival: string, assignments: LaneAssignment[]): Promise<void>;
};

const LANES_PER_HEAT = 6;
const MIN_PADDLERS = 18;

function seedOrder(crews: Crew[]): Crew[] {
  return [...crews].sort((a, b) => a.seedTimeSec - b.seedTimeSec || a.crewId.localeCompare(b.crewId));
}

function laneForPosition(position: number): number {
  const centreOut = [3, 4, 2, 5, 1, 6];
  return centreOut[position % LANES_PER_HEAT]!;
}

export async function drawHeats(festival: string, crews: Crew[]): Promise<LaneAssignment[]> {
  const eligible = crews.filter((c) => c.paddlers >= MIN_PADDLERS);
  const seeded = seedOrder(eligible);

  const seen = new Set<string>();
  const planned: Array<{ heat: number; lane: number; crewId: string }> = [];
  const registrations: Array<Promise<{ code: string }>> = [];

  seeded.forEach((crew, index) => {
    if (seen.has(crew.crewId)) {
      throw new Error(`crew ${crew.crewId} (${crew.club}) entered twice in ${crew.division}`);
    }
    seen.add(crew.crewId);

    const heat = Math.floor(index / LANES_PER_HEAT) + 1;
    const lane = laneForPosition(index);
    planned.push({ heat, lane, crewId: crew.crewId });
    registrations.push(raceOffice.registerLane(heat, lane, crew.crewId));
  });

  const confirmations = await Promise.all(registrations);
  const assignments = planned.map((p, i) => ({ ...p, confirmationCode: confirmations[i]!.code }));

  await raceOffice.publishDraw(festival, assignments);
  return assignments;
}

export function heatsNeeded(crewCount: number): number {
  return Math.ceil(crewCount / LANES_PER_HEAT);
}

export function byHeat(assignments: LaneAssignment[]): Map<number, LaneAssignment[]> {
  const heats = new Map<number, LaneAssignment[]>();
  for (const a of assignments) {
    const list = heats.get(a.heat) ?? [];
    list.push(a);
    heats.set(a.heat, list.sort((x, y) => x.lane - y.lane));
  }
  return heats;
}
