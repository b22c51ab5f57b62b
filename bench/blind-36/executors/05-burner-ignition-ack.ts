// expect: no-multiple-settle
// The ack path resolves and detaches the listener but never clears the timeout, so the timer still fires later and calls reject on the settled promise.
import { EventEmitter } from 'node:events';

export interface IgnitionAck {
  envelopeId: string;
  burnerId: 'A' | 'B';
  pilotLit: boolean;
  fuelPressureBar: number;
}

export interface LaunchSlot {
  envelopeId: string;
  pilot: string;
  burners: Array<IgnitionAck['burnerId']>;
  minPressureBar: number;
}

export class IgnitionTimeoutError extends Error {
  constructor(readonly burnerId: string, readonly timeoutMs: number) {
    super(`burner ${burnerId} did not acknowledge ignition within ${timeoutMs}ms`);
    this.name = 'IgnitionTimeoutError';
  }
}

declare const groundLink: EventEmitter & {
  send(command: { type: 'ignite'; envelopeId: string; burnerId: string }): void;
};

declare const launchBoard: {
  markReady(envelopeId: string, pressures: number[]): Promise<void>;
  scrub(envelopeId: string, reason: string): Promise<void>;
};

export function awaitIgnitionAck(
  envelopeId: string,
  burnerId: IgnitionAck['burnerId'],
  timeoutMs = 8_000,
): Promise<IgnitionAck> {
  return new Promise<IgnitionAck>((resolve, reject) => {
    const onAck = (ack: IgnitionAck) => {
      if (ack.envelopeId !== envelopeId || ack.burnerId !== burnerId) return;
      groundLink.off('ack', onAck);
      resolve(ack);
    };

    setTimeout(() => {
      groundLink.off('ack', onAck);
      reject(new IgnitionTimeoutError(burnerId, timeoutMs));
    }, timeoutMs);

    groundLink.on('ack', onAck);
    groundLink.send({ type: 'ignite', envelopeId, burnerId });
  });
}

export async function igniteForLaunch(slot: LaunchSlot): Promise<'ready' | 'scrubbed'> {
  const pressures: number[] = [];

  for (const burnerId of slot.burners) {
    let ack: IgnitionAck;
    try {
      ack = await awaitIgnitionAck(slot.envelopeId, burnerId);
    } catch (err) {
      if (err instanceof IgnitionTimeoutError) {
        await launchBoard.scrub(slot.envelopeId, err.message);
        return 'scrubbed';
      }
      throw err;
    }

    if (!ack.pilotLit) {
      await launchBoard.scrub(slot.envelopeId, `pilot light out on burner ${burnerId}`);
      return 'scrubbed';
    }
    if (ack.fuelPressureBar < slot.minPressureBar) {
      await launchBoard.scrub(
        slot.envelopeId,
        `burner ${burnerId} pressure ${ack.fuelPressureBar} bar below ${slot.minPressureBar}`,
      );
      return 'scrubbed';
    }
    pressures.push(ack.fuelPressureBar);
  }

  await launchBoard.markReady(slot.envelopeId, pressures);
  return 'ready';
}

export async function morningLaunches(slots: LaunchSlot[]): Promise<Map<string, string>> {
  const outcome = new Map<string, string>();
  for (const slot of slots) {
    outcome.set(slot.envelopeId, await igniteForLaunch(slot));
  }
  return outcome;
}
