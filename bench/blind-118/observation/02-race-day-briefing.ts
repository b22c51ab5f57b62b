// expect: no-unobserved-promise
// The lane-draw request is started and then held while the water-conditions request is awaited, so if the draw rejects first it is an unhandled rejection (and it is never awaited at all when racing is postponed).
export interface RegattaApi {
  getLaneDraw(regattaId: string, eventCode: string): Promise<LaneAssignment[]>;
  getWaterConditions(regattaId: string): Promise<WaterConditions>;
}

export interface LaneAssignment {
  lane: number;
  crew: string;
  club: string;
  seed: number | null;
}

export interface WaterConditions {
  windKnots: number;
  windDirection: 'head' | 'tail' | 'cross';
  currentMetersPerSec: number;
}

export interface Briefing {
  eventCode: string;
  status: 'go' | 'postponed';
  notes: string[];
  lanes: LaneAssignment[];
}

const MAX_CROSSWIND_KNOTS = 14;
const MAX_HEADWIND_KNOTS = 20;

function conditionNotes(conditions: WaterConditions): string[] {
  const notes: string[] = [];
  if (conditions.windDirection === 'cross' && conditions.windKnots > 8) {
    notes.push(`crosswind ${conditions.windKnots}kn: outside lanes may be disadvantaged`);
  }
  if (conditions.currentMetersPerSec > 0.3) {
    notes.push(`stream ${conditions.currentMetersPerSec.toFixed(2)} m/s: check stake-boat alignment`);
  }
  return notes;
}

function unsafe(conditions: WaterConditions): boolean {
  if (conditions.windDirection === 'cross') return conditions.windKnots > MAX_CROSSWIND_KNOTS;
  return conditions.windKnots > MAX_HEADWIND_KNOTS;
}

export async function prepareBriefing(api: RegattaApi, regattaId: string, eventCode: string): Promise<Briefing> {
  const draw = api.getLaneDraw(regattaId, eventCode);
  const conditions = await api.getWaterConditions(regattaId);

  if (unsafe(conditions)) {
    return {
      eventCode,
      status: 'postponed',
      notes: [`${conditions.windKnots}kn ${conditions.windDirection} wind exceeds the safety limit`],
      lanes: [],
    };
  }

  const lanes = await draw;
  return {
    eventCode,
    status: 'go',
    notes: conditionNotes(conditions),
    lanes: [...lanes].sort((a, b) => a.lane - b.lane),
  };
}
