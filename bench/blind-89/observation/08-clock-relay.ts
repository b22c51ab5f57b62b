// expect: no-floating-promises
// The async 'message' listener's promise is ignored by the socket emitter, so a failed saveMove or a malformed frame becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface MoveMessage {
  type: 'move';
  gameId: string;
  san: string;
  whiteMs: number;
  blackMs: number;
}

interface ClientSocket extends EventEmitter {
  id: string;
  send(data: string): void;
}

declare const moveStore: {
  saveMove(gameId: string, ply: number, san: string, clocks: { w: number; b: number }): Promise<number>;
};
declare const arbiterAlerts: { flagTimeAnomaly(gameId: string, detail: string): Promise<void> };

export class ClockRelay {
  #spectators = new Map<string, Set<ClientSocket>>();
  #plies = new Map<string, number>();

  watch(gameId: string, socket: ClientSocket): void {
    const set = this.#spectators.get(gameId) ?? new Set();
    set.add(socket);
    this.#spectators.set(gameId, set);
    socket.once('close', () => set.delete(socket));
  }

  attachBoard(socket: ClientSocket): void {
    socket.on('message', async (raw: string) => {
      const msg = JSON.parse(raw) as MoveMessage;
      if (msg.type !== 'move') return;

      const ply = (this.#plies.get(msg.gameId) ?? 0) + 1;
      this.#plies.set(msg.gameId, ply);

      await moveStore.saveMove(msg.gameId, ply, msg.san, { w: msg.whiteMs, b: msg.blackMs });
      if (msg.whiteMs < 0 || msg.blackMs < 0) {
        await arbiterAlerts.flagTimeAnomaly(msg.gameId, `negative clock at ply ${ply}`);
      }
      this.broadcast(msg.gameId, { ...msg, ply });
    });
  }

  private broadcast(gameId: string, payload: MoveMessage & { ply: number }): void {
    const text = JSON.stringify(payload);
    for (const spectator of this.#spectators.get(gameId) ?? []) {
      spectator.send(text);
    }
  }
}
