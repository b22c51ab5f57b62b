// expect: none
// The hydrophone calibration starts early but has both handlers attached immediately via .then(ok, err), so it can never reject unobserved while the boat connects.
export interface SonarContact {
  bearingDeg: number;
  rangeM: number;
  depthM: number;
  signature: 'humpback' | 'orca' | 'minke' | 'vessel' | 'unknown';
  confidence: number;
}

declare const sonarHead: {
  calibrate(): Promise<number>;
  connect(port: string): Promise<void>;
  setGain(db: number): Promise<void>;
  sweep(offsetDeg: number): Promise<SonarContact[]>;
};

declare const bridgeDisplay: {
  show(contacts: SonarContact[]): Promise<void>;
  banner(text: string): Promise<void>;
};

type Calibration = { ok: true; offsetDeg: number } | { ok: false; error: unknown };

const MIN_DISTANCE_M: Record<SonarContact['signature'], number> = {
  humpback: 100,
  orca: 200,
  minke: 100,
  vessel: 50,
  unknown: 100,
};

export function gainForSeaState(beaufort: number): number {
  // rougher water means more surface noise, so back the gain off
  return Math.max(6, 24 - beaufort * 3);
}

export function tooClose(contacts: SonarContact[]): SonarContact[] {
  return contacts.filter((c) => c.confidence > 0.6 && c.rangeM < MIN_DISTANCE_M[c.signature]);
}

export async function startWatch(port: string, beaufort: number): Promise<SonarContact[]> {
  const calibration: Promise<Calibration> = sonarHead.calibrate().then(
    (offsetDeg) => ({ ok: true, offsetDeg }),
    (error: unknown) => ({ ok: false, error }),
  );

  await sonarHead.connect(port);
  await sonarHead.setGain(gainForSeaState(beaufort));

  const cal = await calibration;
  if (!cal.ok) {
    await bridgeDisplay.banner('hydrophone calibration failed, bearings unreliable');
    throw new Error('sonar calibration failed', { cause: cal.error });
  }

  const contacts = await sonarHead.sweep(cal.offsetDeg);
  const whales = contacts.filter((c) => c.signature !== 'vessel');
  await bridgeDisplay.show(whales);

  const close = tooClose(contacts);
  if (close.length > 0) {
    const worst = close.reduce((a, b) => (a.rangeM < b.rangeM ? a : b));
    await bridgeDisplay.banner(`slow to idle: ${worst.signature} at ${Math.round(worst.rangeM)}m`);
  }
  return whales;
}
