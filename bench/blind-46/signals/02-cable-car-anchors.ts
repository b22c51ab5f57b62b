// expect: none
// The caller's signal reaches every abortable call: fetch via an init built by requestInit(), the backoff sleep, and events.once.
import { once, type EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface TensionSurvey {
  anchorId: string;
  tower: number;
  tensionKn: number;
  temperatureC: number;
}

export interface SurveyOptions {
  signal: AbortSignal;
  attempts?: number;
  backoffMs?: number;
}

declare const inspectionApi: { baseUrl: string; apiKey: string };

function requestInit(method: 'GET' | 'POST', signal: AbortSignal, body?: unknown): RequestInit {
  return {
    method,
    signal,
    headers: { 'x-api-key': inspectionApi.apiKey, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

async function getJson<T>(path: string, init: RequestInit): Promise<T> {
  const res = await fetch(`${inspectionApi.baseUrl}${path}`, init);
  if (!res.ok) throw Object.assign(new Error(`${path} -> ${res.status}`), { status: res.status });
  return (await res.json()) as T;
}

export async function latestSurvey(anchorId: string, options: SurveyOptions): Promise<TensionSurvey> {
  const attempts = options.attempts ?? 3;
  const init = requestInit('GET', options.signal);
  for (let attempt = 1; ; attempt++) {
    try {
      return await getJson<TensionSurvey>(`/anchors/${encodeURIComponent(anchorId)}/survey/latest`, init);
    } catch (err) {
      const status = (err as { status?: number }).status;
      const retryable = status !== undefined && status >= 500;
      if (!retryable || attempt >= attempts) throw err;
      await sleep((options.backoffMs ?? 400) * attempt, undefined, { signal: options.signal });
    }
  }
}

export async function waitForLineStop(haulRope: EventEmitter, signal: AbortSignal): Promise<number> {
  const [speed] = (await once(haulRope, 'stopped', { signal })) as [number];
  return speed;
}

export async function reTensionAnchor(
  anchorId: string,
  targetKn: number,
  haulRope: EventEmitter,
  options: SurveyOptions,
): Promise<TensionSurvey> {
  const before = await latestSurvey(anchorId, options);
  if (Math.abs(before.tensionKn - targetKn) < targetKn * 0.02) return before;

  await getJson<unknown>('/line/stop', requestInit('POST', options.signal, { reason: `re-tension ${anchorId}` }));
  await waitForLineStop(haulRope, options.signal);
  await getJson<unknown>(
    `/anchors/${encodeURIComponent(anchorId)}/tension`,
    requestInit('POST', options.signal, { targetKn, correctForTemperatureC: before.temperatureC }),
  );
  return latestSurvey(anchorId, options);
}

export async function surveyTower(anchorIds: string[], options: SurveyOptions): Promise<TensionSurvey[]> {
  return Promise.all(anchorIds.map((id) => latestSurvey(id, options)));
}
