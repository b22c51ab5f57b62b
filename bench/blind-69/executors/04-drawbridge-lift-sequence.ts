// expect: none
// waitForLeaf settles once through a shared cleanup that clears the timer and removes both the 'position' and 'fault' listeners.
import { EventEmitter } from 'node:events';

export type LeafPosition = 'down' | 'rising' | 'up' | 'lowering';

export interface HydraulicFault {
  code: string;
  pressureBar: number;
}

export class LeafFaultError extends Error {
  constructor(readonly fault: HydraulicFault) {
    super(`hydraulic fault ${fault.code} at ${fault.pressureBar} bar`);
    this.name = 'LeafFaultError';
  }
}

declare const trafficGates: {
  close(bridgeId: string): Promise<void>;
  open(bridgeId: string): Promise<void>;
};

declare const marineRadio: {
  announce(bridgeId: string, message: string): Promise<void>;
};

export class BridgeLeaf extends EventEmitter {
  constructor(readonly bridgeId: string, private readonly plc: { command(op: 'raise' | 'lower'): void }) {
    super();
  }

  command(op: 'raise' | 'lower'): void {
    this.plc.command(op);
  }
}

export function waitForLeaf(leaf: BridgeLeaf, target: LeafPosition, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      leaf.off('position', onPosition);
      leaf.off('fault', onFault);
    };
    const onPosition = (position: LeafPosition) => {
      if (position !== target) return;
      cleanup();
      resolve();
    };
    const onFault = (fault: HydraulicFault) => {
      cleanup();
      reject(new LeafFaultError(fault));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`bridge ${leaf.bridgeId} did not reach '${target}' within ${timeoutMs}ms`));
    }, timeoutMs);

    leaf.on('position', onPosition);
    leaf.on('fault', onFault);
  });
}

export interface LiftOptions {
  vesselName: string;
  raiseTimeoutMs?: number;
  holdMs?: number;
}

export async function liftForVessel(leaf: BridgeLeaf, options: LiftOptions): Promise<number> {
  const started = Date.now();
  const raiseTimeout = options.raiseTimeoutMs ?? 120_000;

  await trafficGates.close(leaf.bridgeId);
  await marineRadio.announce(leaf.bridgeId, `raising for ${options.vesselName}`);

  const raised = waitForLeaf(leaf, 'up', raiseTimeout);
  leaf.command('raise');
  await raised;

  await new Promise<void>((resolve) => setTimeout(resolve, options.holdMs ?? 240_000));

  const lowered = waitForLeaf(leaf, 'down', raiseTimeout);
  leaf.command('lower');
  await lowered;

  await trafficGates.open(leaf.bridgeId);
  await marineRadio.announce(leaf.bridgeId, 'bridge down, road traffic resumed');
  return Date.now() - started;
}
