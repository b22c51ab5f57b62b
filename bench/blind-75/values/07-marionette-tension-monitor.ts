// expect: no-read-before-settle
// The baseline is taken from `latest` right after startStreaming(), before any 'frame' event can have arrived, so it is always the all-zero fallback.
import { EventEmitter } from 'node:events';

export interface TensionFrame {
  rigId: string;
  newtons: number[];
  at: number;
}

export interface TensionAlert {
  rigId: string;
  stringIndex: number;
  newtons: number;
  kind: 'slack' | 'overload' | 'jump';
}

interface RigLink extends EventEmitter {
  readonly rigId: string;
  readonly stringCount: number;
  startStreaming(intervalMs: number): void;
  stopStreaming(): void;
}

export interface TensionLimits {
  slackN: number;
  overloadN: number;
  jumpN: number;
}

export interface TensionMonitor {
  readonly baseline: number[];
  current(): TensionFrame | undefined;
  stop(): void;
}

export function attachTensionMonitor(
  rig: RigLink,
  limits: TensionLimits,
  onAlert: (alert: TensionAlert) => void,
): TensionMonitor {
  let latest: TensionFrame | undefined;
  let previous: number[] | undefined;

  const onFrame = (frame: TensionFrame) => {
    latest = frame;
    frame.newtons.forEach((newtons, stringIndex) => {
      if (newtons < limits.slackN) {
        onAlert({ rigId: rig.rigId, stringIndex, newtons, kind: 'slack' });
      } else if (newtons > limits.overloadN) {
        onAlert({ rigId: rig.rigId, stringIndex, newtons, kind: 'overload' });
      } else if (previous && Math.abs(newtons - previous[stringIndex]) > limits.jumpN) {
        onAlert({ rigId: rig.rigId, stringIndex, newtons, kind: 'jump' });
      }
    });
    previous = frame.newtons;
  };

  rig.on('frame', onFrame);
  rig.startStreaming(50);

  const baseline = latest?.newtons.slice() ?? new Array<number>(rig.stringCount).fill(0);

  return {
    baseline,
    current: () => latest,
    stop: () => {
      rig.stopStreaming();
      rig.off('frame', onFrame);
    },
  };
}

export function driftFromBaseline(monitor: TensionMonitor): number[] {
  const frame = monitor.current();
  if (!frame) return monitor.baseline.map(() => 0);
  return frame.newtons.map((n, i) => Number((n - (monitor.baseline[i] ?? 0)).toFixed(2)));
}

export function describeDrift(rigId: string, drift: number[]): string {
  const worst = drift.reduce((best, d, i) => (Math.abs(d) > Math.abs(drift[best] ?? 0) ? i : best), 0);
  return drift.length === 0
    ? `${rigId}: no strings`
    : `${rigId}: string ${worst + 1} drifted ${drift[worst] >= 0 ? '+' : ''}${drift[worst]}N since rigging`;
}
