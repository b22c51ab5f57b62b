// expect: none
// awaitHandshake settles exactly once: 'ready' resolves or rejects on firmware mismatch, 'error' and 'close' reject, and every path removes all three listeners.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface HandshakeInfo {
  robotId: string;
  firmware: string;
  pleatsPerMinute: number;
}

class FakeFolderLink extends EventEmitter {
  readonly sent: string[] = [];
  send(line: string): void {
    this.sent.push(line);
  }
}

function awaitHandshake(link: FakeFolderLink, expectedFirmware: string): Promise<HandshakeInfo> {
  return new Promise<HandshakeInfo>((resolve, reject) => {
    const onReady = (info: HandshakeInfo) => {
      cleanup();
      if (info.firmware !== expectedFirmware) {
        reject(new Error(`firmware mismatch: robot ${info.robotId} runs ${info.firmware}`));
        return;
      }
      resolve(info);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('link closed before handshake'));
    };
    function cleanup() {
      link.off('ready', onReady);
      link.off('error', onError);
      link.off('close', onClose);
    }

    link.on('ready', onReady);
    link.on('error', onError);
    link.on('close', onClose);
    link.send(`HELLO fw=${expectedFirmware}`);
  });
}

describe('awaitHandshake', () => {
  let link: FakeFolderLink;

  beforeEach(() => {
    link = new FakeFolderLink();
  });

  it('sends a hello line with the expected firmware', async () => {
    const handshake = awaitHandshake(link, '4.2.0');
    link.emit('ready', { robotId: 'fold-7', firmware: '4.2.0', pleatsPerMinute: 36 });
    await handshake;
    expect(link.sent).toEqual(['HELLO fw=4.2.0']);
  });

  it('resolves with the robot info when firmware matches', async () => {
    const handshake = awaitHandshake(link, '4.2.0');
    link.emit('ready', { robotId: 'fold-7', firmware: '4.2.0', pleatsPerMinute: 36 });
    await expect(handshake).resolves.toEqual({ robotId: 'fold-7', firmware: '4.2.0', pleatsPerMinute: 36 });
  });

  it('rejects on firmware mismatch', async () => {
    const handshake = awaitHandshake(link, '4.2.0');
    link.emit('ready', { robotId: 'fold-2', firmware: '3.9.1', pleatsPerMinute: 30 });
    await expect(handshake).rejects.toThrow(/firmware mismatch/);
  });

  it('rejects when the link errors or closes first', async () => {
    const errored = awaitHandshake(link, '4.2.0');
    link.emit('error', new Error('serial framing error'));
    await expect(errored).rejects.toThrow('serial framing error');

    const closed = awaitHandshake(link, '4.2.0');
    link.emit('close');
    await expect(closed).rejects.toThrow('link closed before handshake');
  });

  it('leaves no listeners behind after settling', async () => {
    const handshake = awaitHandshake(link, '4.2.0');
    link.emit('ready', { robotId: 'fold-7', firmware: '4.2.0', pleatsPerMinute: 36 });
    await handshake;
    expect(link.listenerCount('ready') + link.listenerCount('error') + link.listenerCount('close')).toBe(0);
  });
});
