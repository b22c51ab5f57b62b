// expect: no-multiple-settle
// Replies resolve their stored deferred without deleting it from the map, so when the child exits the 'exit' handler rejects every entry again, including requests that were already resolved.
import { fork, type ChildProcess } from 'node:child_process';

interface Deferred {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

type IpcReply = { id: number; result?: unknown; error?: string };

export class IpcClient {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, Deferred>();
  private seq = 0;

  constructor(modulePath: string) {
    this.child = fork(modulePath, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (raw) => {
      const reply = raw as IpcReply;
      const d = this.pending.get(reply.id);
      if (!d) return;
      if (reply.error !== undefined) d.reject(new Error(reply.error));
      else d.resolve(reply.result);
    });
    this.child.on('exit', (code) => {
      for (const d of this.pending.values()) {
        d.reject(new Error(`ipc child exited with code ${code}`));
      }
      this.pending.clear();
    });
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, method, params });
    });
  }
}
