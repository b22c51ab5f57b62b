// expect: no-uncalled-async-function
// The warm-up Promise.all gets lensCatalogue.refreshTideWindows without calling it, so the tide windows are never refreshed before planning.
export interface LensPanel {
  id: string;
  order: 1 | 2 | 3 | 4 | 5 | 6;
  prismRings: number;
  hazeIndex: number;
}

export interface PolishSlot {
  panelId: string;
  start: Date;
  minutes: number;
  compound: 'cerium-oxide' | 'rouge' | 'diamond-paste';
}

interface TideWindow {
  opensAt: Date;
  closesAt: Date;
}

declare const lensCatalogue: {
  warmPanelCache(lighthouseId: string): Promise<void>;
  refreshTideWindows(lighthouseId: string): Promise<void>;
  panels(lighthouseId: string): Promise<LensPanel[]>;
  tideWindows(lighthouseId: string, day: string): Promise<TideWindow[]>;
};

declare const crewRota: {
  polishersOnDuty(day: string): Promise<string[]>;
};

const MINUTES_PER_RING = 6;

function compoundFor(panel: LensPanel): PolishSlot['compound'] {
  if (panel.hazeIndex > 0.6) return 'diamond-paste';
  if (panel.hazeIndex > 0.25) return 'cerium-oxide';
  return 'rouge';
}

function estimateMinutes(panel: LensPanel): number {
  const base = panel.prismRings * MINUTES_PER_RING;
  return Math.ceil(base * (1 + panel.hazeIndex));
}

export async function planPolishingDay(lighthouseId: string, day: string): Promise<PolishSlot[]> {
  await Promise.all([
    lensCatalogue.warmPanelCache(lighthouseId),
    lensCatalogue.refreshTideWindows,
  ]);

  const [panels, windows, crew] = await Promise.all([
    lensCatalogue.panels(lighthouseId),
    lensCatalogue.tideWindows(lighthouseId, day),
    crewRota.polishersOnDuty(day),
  ]);
  if (crew.length === 0 || windows.length === 0) return [];

  const queue = [...panels].sort((a, b) => b.hazeIndex - a.hazeIndex);
  const slots: PolishSlot[] = [];
  const crewFreeAt = new Map<string, number>(crew.map((name) => [name, 0]));

  for (const window of windows) {
    const windowStart = window.opensAt.getTime();
    const windowEnd = window.closesAt.getTime();
    for (const name of crew) crewFreeAt.set(name, Math.max(crewFreeAt.get(name) ?? 0, windowStart));

    while (queue.length > 0) {
      const [name, freeAt] = [...crewFreeAt.entries()].sort((a, b) => a[1] - b[1])[0];
      const panel = queue[0];
      const minutes = estimateMinutes(panel);
      if (freeAt + minutes * 60_000 > windowEnd) break;
      queue.shift();
      slots.push({ panelId: panel.id, start: new Date(freeAt), minutes, compound: compoundFor(panel) });
      crewFreeAt.set(name, freeAt + minutes * 60_000);
    }
  }
  return slots;
}
