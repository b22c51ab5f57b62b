// expect: no-unchecked-settled-results
// The allSettled results are cast to fulfilled and their .value read without checking status, so a segment that failed to close is reported with no position instead of as a failure.
export type SegmentName = 'upper-shutter' | 'lower-shutter' | 'windscreen' | 'vent-east' | 'vent-west';

export interface SegmentStatus {
  closedPercent: number;
  motorCurrentA: number;
  limitSwitch: boolean;
}

export interface CloseoutReport {
  at: string;
  reason: string;
  segments: Array<{ segment: SegmentName; closedPercent: number; sealed: boolean }>;
  domeSealed: boolean;
}

declare const domeController: {
  closeSegment(segment: SegmentName): Promise<SegmentStatus>;
  parkTelescope(): Promise<void>;
  rotateToPark(): Promise<{ azimuthDeg: number }>;
};

declare const weatherStation: {
  current(): Promise<{ humidityPct: number; rainDetected: boolean; windGustMs: number }>;
};

declare const operatorPager: {
  page(message: string): Promise<void>;
};

const SEGMENTS: SegmentName[] = ['upper-shutter', 'lower-shutter', 'windscreen', 'vent-east', 'vent-west'];

export function shouldClose(w: { humidityPct: number; rainDetected: boolean; windGustMs: number }): string | null {
  if (w.rainDetected) return 'rain sensor wet';
  if (w.humidityPct >= 90) return `humidity ${w.humidityPct}%`;
  if (w.windGustMs >= 18) return `gusts ${w.windGustMs} m/s`;
  return null;
}

export async function emergencyCloseout(reason: string): Promise<CloseoutReport> {
  // Park first: the upper shutter must not close onto the tube.
  await domeController.parkTelescope();
  await domeController.rotateToPark();

  const results = await Promise.allSettled(SEGMENTS.map((s) => domeController.closeSegment(s)));
  const segments = results.map((result, i) => {
    const status = (result as PromiseFulfilledResult<SegmentStatus>).value;
    return {
      segment: SEGMENTS[i],
      closedPercent: status?.closedPercent ?? 0,
      sealed: status?.limitSwitch === true && status.closedPercent >= 99.5,
    };
  });

  const domeSealed = segments.every((s) => s.sealed);
  if (!domeSealed) {
    const open = segments.filter((s) => !s.sealed).map((s) => `${s.segment} ${s.closedPercent}%`);
    await operatorPager.page(`Dome NOT sealed after closeout (${reason}): ${open.join(', ')}`);
  }
  return { at: new Date().toISOString(), reason, segments, domeSealed };
}

export async function weatherWatchTick(): Promise<CloseoutReport | null> {
  const weather = await weatherStation.current();
  const reason = shouldClose(weather);
  if (!reason) return null;
  return emergencyCloseout(reason);
}
