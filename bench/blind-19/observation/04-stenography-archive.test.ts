// expect: no-floating-promises
// The setup uses sessions.forEach(async ...) so the archive writes run unawaited; their rejections are dropped and the tests race the setup.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

declare function test(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;

interface StenoSession {
  caseNo: string;
  reporter: string;
  strokes: string[];
}

async function archiveSession(dir: string, session: StenoSession): Promise<string> {
  const file = path.join(dir, `${session.caseNo.replace(/\//g, '-')}.rtf`);
  const body = [`{\\rtf1 Case ${session.caseNo}`, `Reporter: ${session.reporter}`, ...session.strokes.map((s) => `\\par ${s}`), '}'].join(
    '\n',
  );
  await writeFile(file, body, 'utf8');
  return file;
}

const sessions: StenoSession[] = [
  { caseNo: '2024/CR/118', reporter: 'M. Okafor', strokes: ['THE COURT: BE SEATED', 'MR. HALE: YOUR HONOR'] },
  { caseNo: '2024/CV/907', reporter: 'J. Lindqvist', strokes: ['Q. STATE YOUR NAME', 'A. DANIEL PRICE'] },
  { caseNo: '2024/FA/033', reporter: 'M. Okafor', strokes: ['THE COURT: WE ARE ON THE RECORD'] },
];

let archiveDir: string;

beforeEach(async () => {
  archiveDir = await mkdtemp(path.join(tmpdir(), 'steno-'));
  sessions.forEach(async (session) => {
    await archiveSession(archiveDir, session);
  });
});

afterEach(async () => {
  await rm(archiveDir, { recursive: true, force: true });
});

test('one archive file per session', async () => {
  const files = await readdir(archiveDir);
  assert.equal(files.length, sessions.length);
});

test('case numbers are filesystem-safe', async () => {
  const files = await readdir(archiveDir);
  assert.ok(files.includes('2024-CR-118.rtf'));
  for (const f of files) {
    assert.ok(!f.includes('/'));
  }
});

test('reporter line is preserved', async () => {
  const body = await readFile(path.join(archiveDir, '2024-CV-907.rtf'), 'utf8');
  assert.match(body, /Reporter: J\. Lindqvist/);
  assert.match(body, /\\par A\. DANIEL PRICE/);
});
