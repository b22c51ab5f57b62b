// expect: no-swallowed-abort
// Bug: readChiller turns an AbortError from the cancelled request into an ordinary 'unreachable' status, so the dashboard refresh carries on as if it were a device fault.
export interface ChillerStatus {
  roomId: string;
  state: 'ok' | 'defrosting' | 'alarm' | 'unreachable';
  brineSupplyC: number | null;
  iceSurfaceC: number | null;
}

declare const plantGateway: { baseUrl: string };

declare const dashboard: {
  publish(rows: ChillerStatus[]): Promise<void>;
};

interface RawStatus {
  mode: number;
  brine_c: number;
  surface_c: number;
  alarms: string[];
}

const MODE_DEFROST = 3;

function decode(roomId: string, raw: RawStatus): ChillerStatus {
  if (raw.alarms.length > 0) {
    return { roomId, state: 'alarm', brineSupplyC: raw.brine_c, iceSurfaceC: raw.surface_c };
  }
  return {
    roomId,
    state: raw.mode === MODE_DEFROST ? 'defrosting' : 'ok',
    brineSupplyC: raw.brine_c,
    iceSurfaceC: raw.surface_c,
  };
}

async function readChiller(roomId: string, signal: AbortSignal): Promise<ChillerStatus> {
  try {
    const res = await fetch(`${plantGateway.baseUrl}/chillers/${roomId}/status`, { signal });
    if (!res.ok) throw new Error(`gateway ${res.status}`);
    return decode(roomId, (await res.json()) as RawStatus);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      return { roomId, state: 'unreachable', brineSupplyC: null, iceSurfaceC: null };
    }
    throw err;
  }
}

function surfaceRisk(s: ChillerStatus): boolean {
  // Carved ice starts to weep above -2 °C; sculptures lose detail within hours.
  return s.iceSurfaceC !== null && s.iceSurfaceC > -2;
}

export async function refreshDashboard(roomIds: string[], signal: AbortSignal): Promise<ChillerStatus[]> {
  const rows: ChillerStatus[] = [];
  for (const roomId of roomIds) {
    rows.push(await readChiller(roomId, signal));
  }
  rows.sort((a, b) => Number(surfaceRisk(b)) - Number(surfaceRisk(a)) || a.roomId.localeCompare(b.roomId));
  await dashboard.publish(rows);
  return rows;
}

export function summarise(rows: ChillerStatus[]): string {
  const alarms = rows.filter((r) => r.state === 'alarm').length;
  const down = rows.filter((r) => r.state === 'unreachable').length;
  const atRisk = rows.filter(surfaceRisk).length;
  return `${rows.length} rooms: ${alarms} alarm, ${down} unreachable, ${atRisk} above -2 °C`;
}
