// expect: no-multiple-settle
// Bug: async executor awaits fetch and throws on a non-OK status before resolving; that throw is swallowed and the promise never settles, so the test hangs.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (v: unknown) => { toBe(x: unknown): void; toEqual(x: unknown): void; toHaveLength(n: number): void };
declare const beforeAll: (fn: () => Promise<void> | void) => void;
declare const afterAll: (fn: () => Promise<void> | void) => void;

declare function startCrosswordServer(opts: { port: number }): Promise<{ url: string; close(): Promise<void> }>;

interface RoomState {
  roomId: string;
  puzzleId: string;
  players: string[];
  filled: Record<string, string>;
}

let server: { url: string; close(): Promise<void> };

function createRoom(puzzleId: string, host: string): Promise<RoomState> {
  return new Promise(async (resolve) => {
    const res = await fetch(`${server.url}/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ puzzleId, host }),
    });
    if (!res.ok) {
      throw new Error(`create room failed: ${res.status} ${await res.text()}`);
    }
    resolve((await res.json()) as RoomState);
  });
}

async function submitCell(roomId: string, player: string, cell: string, letter: string) {
  const res = await fetch(`${server.url}/rooms/${roomId}/cells`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ player, cell, letter }),
  });
  return { status: res.status, body: (await res.json()) as RoomState };
}

describe('crossword rooms', () => {
  beforeAll(async () => {
    server = await startCrosswordServer({ port: 0 });
  });

  afterAll(async () => {
    await server.close();
  });

  it('creates a room with the host as first player', async () => {
    const room = await createRoom('nyt-2024-03-11', 'alice');
    expect(room.players).toEqual(['alice']);
    expect(room.puzzleId).toBe('nyt-2024-03-11');
  });

  it('records letters for a cell', async () => {
    const room = await createRoom('nyt-2024-03-11', 'bob');
    const { status, body } = await submitCell(room.roomId, 'bob', '1A', 'Q');
    expect(status).toBe(200);
    expect(body.filled['1A']).toBe('Q');
  });

  it('rejects letters from players not in the room', async () => {
    const room = await createRoom('nyt-2024-03-12', 'carol');
    const { status } = await submitCell(room.roomId, 'mallory', '3D', 'X');
    expect(status).toBe(403);
  });

  it('uppercases lowercase input', async () => {
    const room = await createRoom('nyt-2024-03-12', 'dave');
    const { body } = await submitCell(room.roomId, 'dave', '5A', 'e');
    expect(body.filled['5A']).toBe('E');
    expect(Object.keys(body.filled)).toHaveLength(1);
  });
});
