// expect: no-leaked-race
// withDeadline races the robot call against a setTimeout that is never cleared, so every dispense leaves a pending timer behind.
export interface DispenseRequest {
  orderId: string;
  ward: string;
  ndc: string;
  quantity: number;
}

export interface DispenseResult {
  orderId: string;
  trayId: string;
  picked: number;
  verifiedBarcode: string;
}

declare const robot: {
  locate(ndc: string): Promise<{ shelf: number; slot: number; onHand: number }>;
  pick(shelf: number, slot: number, quantity: number): Promise<{ trayId: string; picked: number }>;
  scanTray(trayId: string): Promise<string>;
};

declare const audit: {
  record(event: string, data: Record<string, unknown>): void;
};

export class DispenseTimeoutError extends Error {
  constructor(
    readonly step: string,
    readonly ms: number,
  ) {
    super(`Robot step "${step}" exceeded ${ms}ms`);
    this.name = 'DispenseTimeoutError';
  }
}

const STEP_LIMITS_MS = {
  locate: 5_000,
  pick: 45_000,
  scan: 10_000,
} as const;

function withDeadline<T>(work: Promise<T>, step: keyof typeof STEP_LIMITS_MS): Promise<T> {
  const ms = STEP_LIMITS_MS[step];
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new DispenseTimeoutError(step, ms)), ms);
    }),
  ]);
}

export async function dispense(req: DispenseRequest): Promise<DispenseResult> {
  const location = await withDeadline(robot.locate(req.ndc), 'locate');
  if (location.onHand < req.quantity) {
    audit.record('dispense.short', { ...req, onHand: location.onHand });
    throw new Error(`Only ${location.onHand} units of ${req.ndc} on hand`);
  }

  const { trayId, picked } = await withDeadline(robot.pick(location.shelf, location.slot, req.quantity), 'pick');

  const barcode = await withDeadline(robot.scanTray(trayId), 'scan');
  if (!barcode.includes(req.ndc)) {
    audit.record('dispense.mismatch', { ...req, trayId, barcode });
    throw new Error(`Tray ${trayId} barcode does not match ${req.ndc}`);
  }

  audit.record('dispense.ok', { ...req, trayId, picked });
  return { orderId: req.orderId, trayId, picked, verifiedBarcode: barcode };
}

export async function dispenseBatch(requests: DispenseRequest[]): Promise<DispenseResult[]> {
  const results: DispenseResult[] = [];
  // The robot arm is a single resource, so requests run one at a time.
  for (const req of requests) {
    results.push(await dispense(req));
  }
  return results;
}
