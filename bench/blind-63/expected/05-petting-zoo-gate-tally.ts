// expect: none
// Both branches of the per-gate picker call their reader, and the handler table stores functions only where the router invokes them.
export interface Gate {
  id: string;
  kind: 'turnstile' | 'manual' | 'hand-stamp';
  enclosure: 'goats' | 'rabbits' | 'alpacas' | 'ducks';
}

export interface GateTally {
  gateId: string;
  visitors: number;
  source: Gate['kind'];
}

type TallyReader = (gate: Gate) => Promise<GateTally>;

declare const turnstiles: {
  count(gateId: string, since: Date): Promise<number>;
};

declare const keepersApp: {
  manualTally(gateId: string, since: Date): Promise<{ adults: number; children: number }>;
};

declare const dashboard: {
  publish(snapshot: { at: string; total: number; byEnclosure: Record<string, number> }): Promise<void>;
};

// enclosures cap visitors per session to keep animals calm
const ENCLOSURE_CAPACITY: Record<Gate['enclosure'], number> = {
  goats: 40,
  rabbits: 15,
  alpacas: 25,
  ducks: 30,
};

function readers(since: Date): Record<Gate['kind'], TallyReader> {
  const fromTurnstile: TallyReader = async (gate) => ({
    gateId: gate.id,
    visitors: await turnstiles.count(gate.id, since),
    source: gate.kind,
  });
  const fromKeeper: TallyReader = async (gate) => {
    const { adults, children } = await keepersApp.manualTally(gate.id, since);
    return { gateId: gate.id, visitors: adults + children, source: gate.kind };
  };
  return { turnstile: fromTurnstile, manual: fromKeeper, 'hand-stamp': fromKeeper };
}

export async function tallySession(gates: Gate[], since: Date): Promise<GateTally[]> {
  const table = readers(since);
  const pick = (gate: Gate): Promise<GateTally> =>
    gate.kind === 'turnstile' ? table.turnstile(gate) : table[gate.kind](gate);
  return Promise.all(gates.map(pick));
}

export async function publishSnapshot(gates: Gate[], since: Date): Promise<string[]> {
  const tallies = await tallySession(gates, since);
  const byEnclosure: Record<string, number> = {};
  for (const tally of tallies) {
    const gate = gates.find((g) => g.id === tally.gateId);
    if (!gate) continue;
    byEnclosure[gate.enclosure] = (byEnclosure[gate.enclosure] ?? 0) + tally.visitors;
  }
  const total = Object.values(byEnclosure).reduce((a, b) => a + b, 0);
  await dashboard.publish({ at: new Date().toISOString(), total, byEnclosure });

  return Object.entries(byEnclosure)
    .filter(([enclosure, count]) => count > ENCLOSURE_CAPACITY[enclosure as Gate['enclosure']])
    .map(([enclosure]) => enclosure);
}
