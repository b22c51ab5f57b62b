// expect: none
// Both the telemetry fetch and the retry backoff sleep receive the caller's signal, so an abort interrupts either immediately.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BlowerTelemetry {
  serial: string;
  rpm: number;
  staticPressureInches: number;
  motorTempC: number;
  hoursRun: number;
}

export interface TelemetryOptions {
  endpoint: string;
  retries: number;
  signal?: AbortSignal;
}

function backoffMs(attempt: number): number {
  return Math.min(20_000, 400 * 2 ** attempt) + Math.floor(Math.random() * 200);
}

export async function fetchBlowerTelemetry(serial: string, opts: TelemetryOptions): Promise<BlowerTelemetry> {
  const url = new URL(`/blowers/${encodeURIComponent(serial)}/telemetry`, opts.endpoint);
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url, { signal: opts.signal, headers: { accept: 'application/json' } });
      if (res.status >= 500) throw new Error(`telemetry gateway returned ${res.status} for ${serial}`);
      if (!res.ok) throw Object.assign(new Error(`blower ${serial} not found (${res.status})`), { fatal: true });
      return (await res.json()) as BlowerTelemetry;
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      if ((err as { fatal?: boolean }).fatal || attempt >= opts.retries) throw err;
      await sleep(backoffMs(attempt), undefined, { signal: opts.signal });
    }
  }
}

export interface ServiceDue {
  serial: string;
  reason: string;
}

export async function blowersDueForService(serials: string[], opts: TelemetryOptions): Promise<ServiceDue[]> {
  const due: ServiceDue[] = [];
  for (const serial of serials) {
    const t = await fetchBlowerTelemetry(serial, opts);
    if (t.hoursRun % 2_000 > 1_900) {
      due.push({ serial, reason: `bearing lubrication due at ${Math.ceil(t.hoursRun / 2_000) * 2_000} h` });
    }
    if (t.motorTempC > 70) {
      due.push({ serial, reason: `motor running hot at ${t.motorTempC}°C` });
    }
    if (t.rpm > 0 && t.staticPressureInches < 2) {
      due.push({ serial, reason: 'low wind despite running motor: check curtain valve and leather' });
    }
  }
  return due;
}
