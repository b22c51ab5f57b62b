// expect: require-signal-propagation
// runShuntingSequence destructures a signal from its options but never checks it between steps, so an operator's emergency cancel lets the whole shunting sequence run on.
import { EventEmitter } from 'node:events';

export type TurnoutPosition = 'normal' | 'reverse';

export type ShuntStep =
  | { kind: 'turnout'; turnout: string; position: TurnoutPosition }
  | { kind: 'drive'; loco: number; speedStep: number; forward: boolean; untilSensor: string }
  | { kind: 'couple'; loco: number; wagonCount: number }
  | { kind: 'uncouple'; loco: number; atWagon: number };

export interface ShuntSequence {
  name: string;
  yard: string;
  steps: ShuntStep[];
}

declare const dccCentral: {
  setTurnout(id: string, position: TurnoutPosition): Promise<void>;
  setSpeed(loco: number, speedStep: number, forward: boolean): Promise<void>;
  waitForSensor(sensorId: string): Promise<void>;
  pulseUncoupler(loco: number, wagon: number): Promise<void>;
  emergencyStop(): Promise<void>;
};

export class SignalBoxEvents extends EventEmitter {}

async function executeStep(step: ShuntStep): Promise<void> {
  switch (step.kind) {
    case 'turnout':
      await dccCentral.setTurnout(step.turnout, step.position);
      return;
    case 'drive':
      await dccCentral.setSpeed(step.loco, step.speedStep, step.forward);
      await dccCentral.waitForSensor(step.untilSensor);
      await dccCentral.setSpeed(step.loco, 0, step.forward);
      return;
    case 'couple':
      // Buffer up at crawl speed; the knuckle couplers latch on contact.
      await dccCentral.setSpeed(step.loco, 2, false);
      await dccCentral.setSpeed(step.loco, 0, false);
      return;
    case 'uncouple':
      await dccCentral.pulseUncoupler(step.loco, step.atWagon);
      return;
  }
}

function describeStep(step: ShuntStep): string {
  switch (step.kind) {
    case 'turnout':
      return `turnout ${step.turnout} → ${step.position}`;
    case 'drive':
      return `loco ${step.loco} ${step.forward ? 'forward' : 'reverse'} to ${step.untilSensor}`;
    case 'couple':
      return `loco ${step.loco} couple ${step.wagonCount} wagons`;
    case 'uncouple':
      return `loco ${step.loco} uncouple at wagon ${step.atWagon}`;
  }
}

export async function runShuntingSequence(
  sequence: ShuntSequence,
  events: SignalBoxEvents,
  { signal }: { signal: AbortSignal },
): Promise<number> {
  let completed = 0;
  events.emit('sequence-start', sequence.name);
  for (const step of sequence.steps) {
    events.emit('step', sequence.name, describeStep(step));
    await executeStep(step);
    completed++;
  }
  events.emit('sequence-complete', sequence.name, completed);
  return completed;
}

export function validateSequence(sequence: ShuntSequence, knownTurnouts: Set<string>): string[] {
  const errors: string[] = [];
  sequence.steps.forEach((step, i) => {
    if (step.kind === 'turnout' && !knownTurnouts.has(step.turnout)) {
      errors.push(`step ${i + 1}: unknown turnout ${step.turnout}`);
    }
    if (step.kind === 'drive' && (step.speedStep < 0 || step.speedStep > 28)) {
      errors.push(`step ${i + 1}: speed step ${step.speedStep} outside 0..28`);
    }
  });
  return errors;
}
