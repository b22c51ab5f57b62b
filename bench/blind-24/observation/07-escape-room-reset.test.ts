// expect: no-floating-promises
// rooms.forEach with an async callback drops every reset promise, so the assertions run before resets finish and reset failures go unobserved.
import { setTimeout as delay } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
};

type PropState = 'armed' | 'solved' | 'jammed';

interface Room {
  id: string;
  theme: string;
  props: Record<string, PropState>;
}

class GameMasterConsole {
  readonly rooms = new Map<string, Room>();

  add(room: Room): void {
    this.rooms.set(room.id, room);
  }

  async resetRoom(id: string): Promise<void> {
    const room = this.rooms.get(id);
    if (!room) throw new Error(`Unknown room ${id}`);
    for (const prop of Object.keys(room.props)) {
      // Maglocks take a moment to re-engage after power cycling.
      await delay(3);
      if (room.props[prop] === 'jammed') {
        throw new Error(`${id}/${prop} is jammed, needs a technician`);
      }
      room.props[prop] = 'armed';
    }
  }

  armedCount(): number {
    let count = 0;
    for (const room of this.rooms.values()) {
      count += Object.values(room.props).filter((p) => p === 'armed').length;
    }
    return count;
  }
}

describe('end-of-day reset', () => {
  let console_: GameMasterConsole;

  beforeEach(() => {
    console_ = new GameMasterConsole();
    console_.add({ id: 'pharaoh', theme: 'Tomb of Nekhet', props: { sarcophagus: 'solved', scarab: 'solved' } });
    console_.add({ id: 'sub', theme: 'Dive Station 9', props: { hatch: 'solved', periscope: 'armed', valve: 'solved' } });
    console_.add({ id: 'lab', theme: 'Mad Chemist', props: { cabinet: 'solved' } });
  });

  it('re-arms every prop in every room', async () => {
    const rooms = [...console_.rooms.values()];
    rooms.forEach(async (room) => {
      await console_.resetRoom(room.id);
    });

    expect(console_.armedCount()).toBe(6);
  });

  it('refuses to reset a room with a jammed prop', async () => {
    console_.add({ id: 'heist', theme: 'Vault Job', props: { vault: 'jammed' } });
    let message = '';
    try {
      await console_.resetRoom('heist');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('heist/vault is jammed, needs a technician');
  });

  it('leaves other rooms alone when one is reset', async () => {
    await console_.resetRoom('lab');
    expect(console_.rooms.get('pharaoh')?.props).toEqual({ sarcophagus: 'solved', scarab: 'solved' });
  });
});
