// expect: no-swallowed-abort
// readFanHealth's catch-all turns an AbortError into an ordinary "offline" result, so cancelling a survey reports every fan as failed.
export interface FanHealth {
  fanId: string;
  online: boolean;
  rpm: number;
  bearingTempC: number;
  reason?: string;
}

export interface ZoneSurvey {
  zone: string;
  healthy: string[];
  failing: FanHealth[];
  checkedAt: Date;
}

declare const greenhouse: {
  controllerUrl: string;
  fansInZone(zone: string): string[];
};

declare const alerts: {
  raise(zone: string, message: string, severity: 'info' | 'warn' | 'page'): Promise<void>;
};

declare const greenhouseLog: {
  warn(msg: string, fields?: Record<string, unknown>): void;
};

const MIN_RPM = 600;
const MAX_BEARING_C = 70;

function offline(fanId: string, reason: string): FanHealth {
  return { fanId, online: false, rpm: 0, bearingTempC: Number.NaN, reason };
}

export async function readFanHealth(fanId: string, signal: AbortSignal): Promise<FanHealth> {
  try {
    const res = await fetch(`${greenhouse.controllerUrl}/fans/${encodeURIComponent(fanId)}/health`, { signal });
    if (!res.ok) return offline(fanId, `controller returned HTTP ${res.status}`);
    const body = (await res.json()) as { rpm: number; bearing_c: number };
    return { fanId, online: true, rpm: body.rpm, bearingTempC: body.bearing_c };
  } catch (err) {
    greenhouseLog.warn('fan health read failed', { fanId, err });
    return offline(fanId, err instanceof Error ? err.message : String(err));
  }
}

function isFailing(h: FanHealth): boolean {
  return !h.online || h.rpm < MIN_RPM || h.bearingTempC > MAX_BEARING_C;
}

export async function surveyZone(zone: string, signal: AbortSignal): Promise<ZoneSurvey> {
  const fanIds = greenhouse.fansInZone(zone);
  const healths: FanHealth[] = [];
  for (const fanId of fanIds) {
    healths.push(await readFanHealth(fanId, signal));
  }

  const failing = healths.filter(isFailing);
  const healthy = healths.filter((h) => !isFailing(h)).map((h) => h.fanId);

  if (failing.length > 0) {
    const severity = failing.length >= Math.ceil(fanIds.length / 2) ? 'page' : 'warn';
    await alerts.raise(
      zone,
      `${failing.length}/${fanIds.length} fans failing: ${failing.map((f) => `${f.fanId}${f.reason ? ` (${f.reason})` : ''}`).join(', ')}`,
      severity,
    );
  }

  return { zone, healthy, failing, checkedAt: new Date() };
}
