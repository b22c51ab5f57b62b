// expect: none
// Correct: listen() and nextEvent() each settle exactly once, detach the losing listener, and clear their timer.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';

type Team = 'home' | 'away';

class Scoreboard extends EventEmitter {
  score: Record<Team, number> = { home: 0, away: 0 };
  jam = 0;

  startJam(): void {
    this.jam += 1;
    this.emit('jam', this.jam);
  }

  addPoints(team: Team, points: number): void {
    if (points < 0 || points > 4) {
      this.emit('error', new Error(`invalid pass score ${points}`));
      return;
    }
    this.score[team] += points;
    this.emit('score', team, this.score[team]);
  }
}

function listen(server: Server): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function nextEvent<T extends unknown[]>(emitter: EventEmitter, name: string, ms = 1_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(name, onEvent);
      emitter.off('error', onError);
      reject(new Error(`no '${name}' within ${ms}ms`));
    }, ms);
    const onEvent = (...args: unknown[]) => {
      clearTimeout(timer);
      emitter.off('error', onError);
      resolve(args as T);
    };
    const onError = (err: Error) => {
      clearTimeout(timer);
      emitter.off(name, onEvent);
      reject(err);
    };
    emitter.once(name, onEvent);
    emitter.once('error', onError);
  });
}

const board = new Scoreboard();
const server = createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ jam: board.jam, ...board.score }));
});

after(() => {
  server.close();
});

test('jam counter advances', async () => {
  const pending = nextEvent<[number]>(board, 'jam');
  board.startJam();
  const [jam] = await pending;
  assert.equal(jam, 1);
});

test('scoring a pass updates the team total', async () => {
  const pending = nextEvent<[Team, number]>(board, 'score');
  board.addPoints('away', 4);
  assert.deepEqual(await pending, ['away', 4]);
});

test('invalid pass scores surface as errors', async () => {
  const pending = nextEvent(board, 'score');
  board.addPoints('home', 7);
  await assert.rejects(pending, /invalid pass score 7/);
});

test('scoreboard endpoint reports live totals', async () => {
  const port = await listen(server);
  const res = await fetch(`http://127.0.0.1:${port}/`);
  const body = (await res.json()) as { jam: number; home: number; away: number };
  assert.deepEqual(body, { jam: 1, home: 0, away: 4 });
});
