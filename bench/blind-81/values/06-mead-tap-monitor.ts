// expect: no-read-before-settle
// primeTap sets firstPulseAt in a 'pulse' listener but computes the latency synchronously right after arming the meter, before any pulse can arrive, so it always reports the tap as dry.
import { EventEmitter } from 'node:events';

export interface TapConfig {
  tapId: string;
  hallId: string;
  line: 'dry-mead' | 'sack-mead' | 'cyser' | 'pyment';
  lineLengthM: number;
}

export interface PrimeReport {
  tapId: string;
  latencyMs: number | null;
  status: 'flowing' | 'dry' | 'slow';
}

export interface PourLog {
  tapId: string;
  millilitres: number;
  startedAt: number;
  endedAt: number;
}

declare const flowMeters: {
  meter(tapId: string): EventEmitter & { arm(): void; disarm(): void };
};
declare const hallLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const SLOW_PRIME_MS = 1_200;
const ML_PER_PULSE = 2.25;

export function primeTap(config: TapConfig): PrimeReport {
  const meter = flowMeters.meter(config.tapId);
  const armedAt = Date.now();
  let firstPulseAt: number | undefined;

  meter.once('pulse', (at: number) => {
    firstPulseAt = at;
  });
  meter.arm();

  const latencyMs = firstPulseAt === undefined ? null : firstPulseAt - armedAt;
  let status: PrimeReport['status'] = 'flowing';
  if (latencyMs === null) {
    status = 'dry';
    hallLog.warn('tap did not prime; check keg and gas', { tapId: config.tapId, hallId: config.hallId });
  } else if (latencyMs > SLOW_PRIME_MS + config.lineLengthM * 50) {
    status = 'slow';
  }
  return { tapId: config.tapId, latencyMs, status };
}

export function trackPours(config: TapConfig, onPour: (log: PourLog) => void): () => void {
  const meter = flowMeters.meter(config.tapId);
  let pulses = 0;
  let startedAt = 0;

  const onPulse = (at: number) => {
    if (pulses === 0) startedAt = at;
    pulses += 1;
  };
  const onIdle = (at: number) => {
    if (pulses === 0) return;
    onPour({ tapId: config.tapId, millilitres: Math.round(pulses * ML_PER_PULSE), startedAt, endedAt: at });
    pulses = 0;
  };

  meter.on('pulse', onPulse);
  meter.on('idle', onIdle);
  meter.arm();
  return () => {
    meter.off('pulse', onPulse);
    meter.off('idle', onIdle);
    meter.disarm();
  };
}

export function hornsPoured(logs: readonly PourLog[], hornMl = 330): number {
  return logs.reduce((count, log) => count + Math.floor(log.millilitres / hornMl), 0);
}
