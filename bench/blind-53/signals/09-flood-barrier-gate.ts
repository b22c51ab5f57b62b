// expect: none
// The operator's signal is combined with a timeout via AbortSignal.any and that combined signal goes to both the fetch and events.once, so every wait is cancellable and nothing is left running.
import { EventEmitter, once } from 'node:events';

export interface TideForecast {
  station: string;
  peakCm: number;
  peakAt: string;
  surgeCm: number;
}

export interface GateSealEvent {
  gateId: string;
  sealPressureKpa: number;
  at: number;
}

declare const gatePlc: EventEmitter & {
  command(gateId: string, action: 'close' | 'open'): void;
};

declare const operatorConsole: {
  confirm(message: string): Promise<boolean>;
};

const TIDE_API = process.env.TIDE_API ?? 'https://tides.harbour-authority.example/v1';
const CLOSE_THRESHOLD_CM = 280;

async function fetchForecast(station: string, signal: AbortSignal): Promise<TideForecast> {
  const res = await fetch(`${TIDE_API}/stations/${station}/next-peak`, {
    signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]),
  });
  if (!res.ok) throw new Error(`tide service ${res.status} for ${station}`);
  return (await res.json()) as TideForecast;
}

async function closeAndAwaitSeal(gateId: string, signal: AbortSignal, sealTimeoutMs: number): Promise<GateSealEvent> {
  const bounded = AbortSignal.any([signal, AbortSignal.timeout(sealTimeoutMs)]);
  const sealed = once(gatePlc, `sealed:${gateId}`, { signal: bounded });
  gatePlc.command(gateId, 'close');
  const [event] = (await sealed) as [GateSealEvent];
  if (event.sealPressureKpa < 150) {
    throw new Error(`gate ${gateId} closed but seal only at ${event.sealPressureKpa}kPa`);
  }
  return event;
}

export function needsClosure(f: TideForecast): boolean {
  // the surge component arrives faster than the tide, so weight it more heavily
  return f.peakCm + f.surgeCm * 1.2 >= CLOSE_THRESHOLD_CM;
}

export async function stormProtocol(
  station: string,
  gateIds: string[],
  signal: AbortSignal,
): Promise<GateSealEvent[] | null> {
  const forecast = await fetchForecast(station, signal);
  if (!needsClosure(forecast)) return null;

  const ok = await operatorConsole.confirm(
    `Forecast ${forecast.peakCm}cm + ${forecast.surgeCm}cm surge at ${forecast.peakAt}. Close ${gateIds.length} gates?`,
  );
  if (!ok) return null;
  signal.throwIfAborted();

  const sealed: GateSealEvent[] = [];
  for (const gateId of gateIds) {
    sealed.push(await closeAndAwaitSeal(gateId, signal, 6 * 60_000));
  }
  return sealed;
}
