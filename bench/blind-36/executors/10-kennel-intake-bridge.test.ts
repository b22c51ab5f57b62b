// expect: no-multiple-settle
// In requestDecision, a 'duplicate' reply detaches both listeners but neither resolves nor rejects, so that path leaves the promise pending forever.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface DogProfile {
  chip: string;
  name: string;
  breedGuess: string;
  ageMonths: number;
  behaviourFlags: string[];
}

type Decision = { kennel: string; quarantineDays: number };

type IntakeMessage =
  | { requestId: string; kind: 'progress'; step: string }
  | { requestId: string; kind: 'decision'; decision: Decision }
  | { requestId: string; kind: 'error'; reason: string }
  | { requestId: string; kind: 'duplicate'; existingKennel: string };

class FakeIntakeChannel extends EventEmitter {
  readonly sent: Array<{ requestId: string; dog: DogProfile }> = [];
  send(requestId: string, dog: DogProfile): void {
    this.sent.push({ requestId, dog });
  }
  reply(message: IntakeMessage): void {
    this.emit('message', message);
  }
}

let requestCounter = 0;

function requestDecision(channel: FakeIntakeChannel, dog: DogProfile): Promise<Decision> {
  const requestId = `intake-${++requestCounter}`;
  return new Promise<Decision>((resolve, reject) => {
    const onMessage = (msg: IntakeMessage) => {
      if (msg.requestId !== requestId || msg.kind === 'progress') return;
      channel.off('message', onMessage);
      channel.off('close', onClose);
      if (msg.kind === 'decision') {
        resolve(msg.decision);
      } else if (msg.kind === 'error') {
        reject(new Error(`intake refused ${dog.chip}: ${msg.reason}`));
      }
    };
    const onClose = () => {
      channel.off('message', onMessage);
      reject(new Error('intake channel closed'));
    };
    channel.on('message', onMessage);
    channel.once('close', onClose);
    channel.send(requestId, dog);
  });
}

function replyLater(channel: FakeIntakeChannel, build: (requestId: string) => IntakeMessage): void {
  setImmediate(() => {
    const last = channel.sent[channel.sent.length - 1];
    channel.reply(build(last.requestId));
  });
}

describe('kennel intake bridge', () => {
  let channel: FakeIntakeChannel;
  const biscuit: DogProfile = {
    chip: '985112003456789',
    name: 'Biscuit',
    breedGuess: 'collie cross',
    ageMonths: 30,
    behaviourFlags: ['resource-guarding'],
  };

  beforeEach(() => {
    requestCounter = 0;
    channel = new FakeIntakeChannel();
  });

  it('assigns a kennel after progress updates', async () => {
    setImmediate(() => {
      channel.reply({ requestId: 'intake-1', kind: 'progress', step: 'vet-check' });
      channel.reply({ requestId: 'intake-1', kind: 'decision', decision: { kennel: 'B4', quarantineDays: 14 } });
    });
    const decision = await requestDecision(channel, biscuit);
    expect(decision).toEqual({ kennel: 'B4', quarantineDays: 14 });
    expect(channel.listenerCount('message')).toBe(0);
  });

  it('rejects when intake refuses the dog', async () => {
    replyLater(channel, (requestId) => ({ requestId, kind: 'error', reason: 'no isolation kennel free' }));
    await expect(requestDecision(channel, biscuit)).rejects.toThrow(/no isolation kennel/);
  });

  it('rejects when the channel drops', async () => {
    setImmediate(() => channel.emit('close'));
    await expect(requestDecision(channel, biscuit)).rejects.toThrow('intake channel closed');
  });

  it('sends the full profile to intake', async () => {
    replyLater(channel, (requestId) => ({
      requestId,
      kind: 'decision',
      decision: { kennel: 'A1', quarantineDays: 7 },
    }));
    await requestDecision(channel, { ...biscuit, behaviourFlags: [] });
    expect(channel.sent[0].dog.behaviourFlags).toEqual([]);
  });
});
