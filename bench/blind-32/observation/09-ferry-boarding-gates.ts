// expect: none
// Every gate-opening promise pushed into the array is awaited together by Promise.all right after the loop; the throws happen before any is started or after all have settled.
export interface Gate {
  gateId: string;
  lane: "foot" | "car" | "freight";
  underMaintenance: boolean;
}

export interface BoardingWindow {
  sailingId: string;
  opensAt: Date;
  closesAt: Date;
  capacity: { foot: number; car: number; freight: number };
}

interface GateResult {
  gateId: string;
  openedAt: number;
  scannerFirmware: string;
}

declare const gateApi: {
  open(gateId: string, sailingId: string): Promise<GateResult>;
  close(gateId: string): Promise<void>;
};

declare const sailings: {
  boardingWindow(sailingId: string): Promise<BoardingWindow>;
  checkedIn(sailingId: string): Promise<{ foot: number; car: number; freight: number }>;
};

declare const announcements: {
  play(terminal: string, text: string): Promise<void>;
};

export class BoardingError extends Error {
  constructor(readonly sailingId: string, message: string) {
    super(message);
    this.name = "BoardingError";
  }
}

export async function openBoarding(terminal: string, sailingId: string, gates: Gate[]): Promise<GateResult[]> {
  const window = await sailings.boardingWindow(sailingId);
  const now = Date.now();
  if (now < window.opensAt.getTime() - 5 * 60_000) {
    throw new BoardingError(sailingId, `boarding for ${sailingId} opens at ${window.opensAt.toISOString()}`);
  }

  const checkedIn = await sailings.checkedIn(sailingId);
  const openings: Array<Promise<GateResult>> = [];
  for (const gate of gates) {
    if (gate.underMaintenance) continue;
    if (checkedIn[gate.lane] === 0) continue;
    openings.push(gateApi.open(gate.gateId, sailingId));
  }

  const opened = await Promise.all(openings);
  if (opened.length === 0) {
    throw new BoardingError(sailingId, `no usable gates for ${sailingId}`);
  }

  const lanes = [...new Set(gates.filter((g) => opened.some((o) => o.gateId === g.gateId)).map((g) => g.lane))];
  await announcements.play(terminal, `Now boarding sailing ${sailingId}: ${lanes.join(", ")} passengers`);
  return opened;
}

export async function closeBoarding(sailingId: string, opened: GateResult[]): Promise<string[]> {
  const results = await Promise.allSettled(opened.map((g) => gateApi.close(g.gateId)));
  const stuck: string[] = [];
  results.forEach((r, i) => {
    if (r.status === "rejected") stuck.push(opened[i].gateId);
  });
  if (stuck.length > 0) {
    await announcements.play("ops", `Sailing ${sailingId}: gates ${stuck.join(", ")} failed to close`);
  }
  return stuck;
}

export function remainingCapacity(window: BoardingWindow, checkedIn: BoardingWindow["capacity"]) {
  return {
    foot: Math.max(0, window.capacity.foot - checkedIn.foot),
    car: Math.max(0, window.capacity.car - checkedIn.car),
    freight: Math.max(0, window.capacity.freight - checkedIn.freight),
  };
}
