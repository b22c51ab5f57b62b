// expect: no-uncalled-async-function
// refreshRepeaterCache is passed to Promise.all uncalled, so the repeater cache is never refreshed before channels are chosen.
export interface Incident {
  id: string;
  grid: string; // OS grid reference, e.g. "NN 166 712"
  severity: 'minor' | 'serious' | 'critical';
  casualties: number;
  reportedAt: Date;
}

export interface Member {
  callsign: string;
  name: string;
  skills: Array<'medic' | 'rope' | 'dog-handler' | 'driver' | 'radio'>;
  available: boolean;
  homeGrid: string;
}

interface Repeater {
  id: string;
  channel: number;
  coverage: string[]; // 10km grid squares
  batteryPct: number;
}

export interface CalloutPlan {
  incidentId: string;
  channel: number;
  fallbackChannel: number;
  team: Member[];
}

declare function refreshRepeaterCache(): Promise<void>;
declare function loadTeamRoster(): Promise<Member[]>;
declare function cachedRepeaters(): Repeater[];
declare function pageMembers(callsigns: string[], message: string): Promise<{ delivered: string[] }>;

const SIMPLEX_CHANNEL = 1;

function gridSquare(grid: string): string {
  const [letters, easting, northing] = grid.trim().split(/\s+/);
  return `${letters} ${easting?.[0] ?? '0'}${northing?.[0] ?? '0'}`;
}

function pickChannel(incident: Incident): { channel: number; fallbackChannel: number } {
  const square = gridSquare(incident.grid);
  const candidates = cachedRepeaters()
    .filter((r) => r.coverage.includes(square) && r.batteryPct > 20)
    .sort((a, b) => b.batteryPct - a.batteryPct);
  return {
    channel: candidates[0]?.channel ?? SIMPLEX_CHANNEL,
    fallbackChannel: candidates[1]?.channel ?? SIMPLEX_CHANNEL,
  };
}

function teamSize(incident: Incident): number {
  const base = incident.severity === 'critical' ? 12 : incident.severity === 'serious' ? 8 : 4;
  return base + Math.max(0, incident.casualties - 1) * 2;
}

function selectTeam(roster: Member[], incident: Incident): Member[] {
  const available = roster.filter((m) => m.available);
  const medics = available.filter((m) => m.skills.includes('medic'));
  const others = available.filter((m) => !m.skills.includes('medic'));
  const size = teamSize(incident);
  const team = [...medics.slice(0, Math.max(1, Math.ceil(size / 4))), ...others];
  return team.slice(0, size);
}

export async function prepareCallout(incident: Incident): Promise<CalloutPlan> {
  const [, roster] = await Promise.all([refreshRepeaterCache, loadTeamRoster()]);
  const team = selectTeam(roster, incident);
  if (team.length === 0) {
    throw new Error(`no available members for incident ${incident.id}`);
  }
  const { channel, fallbackChannel } = pickChannel(incident);
  return { incidentId: incident.id, channel, fallbackChannel, team };
}

export async function issueCallout(incident: Incident): Promise<string[]> {
  const plan = await prepareCallout(incident);
  const message =
    `MRT CALLOUT ${incident.severity.toUpperCase()} at ${incident.grid}. ` +
    `Ch ${plan.channel} (fallback ${plan.fallbackChannel}). Acknowledge on arrival at base.`;
  const { delivered } = await pageMembers(
    plan.team.map((m) => m.callsign),
    message,
  );
  return plan.team.map((m) => m.callsign).filter((c) => !delivered.includes(c));
}
