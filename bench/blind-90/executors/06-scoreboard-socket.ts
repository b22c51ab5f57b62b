// expect: none
// Correct: the ack waiter settles on the matching ack, an error reply, socket close or the timeout, and a single cleanup detaches every listener and the timer.
export interface JamCommand {
  boutId: string;
  jam: number;
  period: 1 | 2;
  action: 'start' | 'stop' | 'timeout' | 'official-review';
}

interface Ack {
  type: 'ack';
  ref: string;
  serverTime: number;
}

interface Nack {
  type: 'nack';
  ref: string;
  reason: string;
}

type ServerMessage = Ack | Nack | { type: 'score'; home: number; away: number };

let refCounter = 0;

export class ScoreboardLink {
  private ws: WebSocket | null = null;

  constructor(private readonly url: string) {}

  connect(): Promise<void> {
    const ws = new WebSocket(this.url);
    this.ws = ws;
    return new Promise<void>((resolve, reject) => {
      const onOpen = () => {
        ws.removeEventListener('error', onError);
        resolve();
      };
      const onError = () => {
        ws.removeEventListener('open', onOpen);
        reject(new Error(`cannot reach scoreboard at ${this.url}`));
      };
      ws.addEventListener('open', onOpen, { once: true });
      ws.addEventListener('error', onError, { once: true });
    });
  }

  send(cmd: JamCommand, timeoutMs = 3_000): Promise<Ack> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error('scoreboard link is not open'));
    }
    const ref = `${cmd.boutId}:${cmd.jam}:${++refCounter}`;

    return new Promise<Ack>((resolve, reject) => {
      const onMessage = (ev: MessageEvent<string>) => {
        let msg: ServerMessage;
        try {
          msg = JSON.parse(ev.data) as ServerMessage;
        } catch {
          return;
        }
        if (msg.type === 'ack' && msg.ref === ref) {
          cleanup();
          resolve(msg);
        } else if (msg.type === 'nack' && msg.ref === ref) {
          cleanup();
          reject(new Error(`scoreboard refused ${cmd.action}: ${msg.reason}`));
        }
      };
      const onClose = (ev: CloseEvent) => {
        cleanup();
        reject(new Error(`scoreboard closed (${ev.code}) before acknowledging ${cmd.action}`));
      };
      const onError = () => {
        cleanup();
        reject(new Error('scoreboard socket error'));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ack for ${cmd.action} after ${timeoutMs}ms`));
      }, timeoutMs);

      function cleanup() {
        clearTimeout(timer);
        ws!.removeEventListener('message', onMessage);
        ws!.removeEventListener('close', onClose);
        ws!.removeEventListener('error', onError);
      }

      ws.addEventListener('message', onMessage);
      ws.addEventListener('close', onClose);
      ws.addEventListener('error', onError);
      ws.send(JSON.stringify({ ...cmd, ref }));
    });
  }

  close() {
    this.ws?.close(1000, 'bout over');
    this.ws = null;
  }
}

export async function startJam(link: ScoreboardLink, boutId: string, jam: number, period: 1 | 2) {
  const ack = await link.send({ boutId, jam, period, action: 'start' });
  return { boutId, jam, startedAt: new Date(ack.serverTime) };
}
