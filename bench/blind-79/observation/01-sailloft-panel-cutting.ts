// expect: no-unobserved-promise
// Bug: the pattern download is started first but only awaited after the cloth reservation and plotter awaits, so an early rejection is unhandled.
interface SailOrder {
  orderId: string;
  boatClass: string;
  sail: 'main' | 'genoa' | 'jib' | 'spinnaker';
  areaM2: number;
  cloth: 'dacron-7.6' | 'dacron-9.2' | 'laminate' | 'nylon-0.75';
}

interface PanelPattern {
  orderId: string;
  panels: { id: string; lengthMm: number; widthMm: number; warpAngleDeg: number }[];
  nestingEfficiency: number;
}

interface ClothReservation {
  rollId: string;
  metres: number;
  release(): Promise<void>;
}

declare const designServer: { pattern(orderId: string): Promise<PanelPattern> };
declare const clothStore: { reserve(cloth: SailOrder['cloth'], metres: number): Promise<ClothReservation> };
declare const plotter: {
  warmUp(): Promise<void>;
  loadRoll(rollId: string): Promise<void>;
  cut(panels: PanelPattern['panels']): Promise<{ cutMetres: number }>;
};
declare const loftBoard: { post(orderId: string, status: string): Promise<void> };

const ROLL_WIDTH_M = 1.37;
const WASTE_FACTOR = 1.18;

function metresNeeded(order: SailOrder): number {
  return Math.ceil(((order.areaM2 / ROLL_WIDTH_M) * WASTE_FACTOR) * 10) / 10;
}

export async function cutPanels(order: SailOrder): Promise<{ rollId: string; cutMetres: number }> {
  const patternPromise = designServer.pattern(order.orderId);

  const reservation = await clothStore.reserve(order.cloth, metresNeeded(order));
  try {
    await plotter.warmUp();
    await plotter.loadRoll(reservation.rollId);
    await loftBoard.post(order.orderId, `cloth ${reservation.rollId} loaded`);

    const pattern = await patternPromise;
    if (pattern.nestingEfficiency < 0.7) {
      await loftBoard.post(order.orderId, `poor nesting (${Math.round(pattern.nestingEfficiency * 100)}%), check layout`);
    }
    const sorted = [...pattern.panels].sort((a, b) => b.lengthMm - a.lengthMm);
    const { cutMetres } = await plotter.cut(sorted);

    await loftBoard.post(order.orderId, `${sorted.length} panels cut from ${cutMetres.toFixed(1)} m`);
    return { rollId: reservation.rollId, cutMetres };
  } catch (err) {
    await reservation.release();
    throw err;
  }
}

export function panelSummary(pattern: PanelPattern): string {
  const longest = Math.max(...pattern.panels.map((p) => p.lengthMm));
  const biased = pattern.panels.filter((p) => Math.abs(p.warpAngleDeg) > 5).length;
  return `${pattern.panels.length} panels, longest ${longest} mm, ${biased} off-grain`;
}
