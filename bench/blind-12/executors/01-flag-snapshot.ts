// expect: no-multiple-settle
// On a read error reject() runs but the callback keeps going and dereferences the undefined buffer, throwing inside the fs callback.
import { readFile, watch, type FSWatcher } from 'node:fs';
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';

export interface FlagRule {
  attribute: string;
  op: 'eq' | 'in' | 'gte';
  value: unknown;
}

export interface FlagDefinition {
  key: string;
  enabled: boolean;
  rollout: number;
  rules: FlagRule[];
}

export interface FlagSnapshot {
  version: number;
  fetchedAt: string;
  flags: Record<string, FlagDefinition>;
}

function loadSnapshotFile(file: string): Promise<FlagSnapshot> {
  return new Promise((resolve, reject) => {
    readFile(file, (err, buf) => {
      if (err) {
        reject(new Error(`cannot read flag snapshot ${file}: ${err.message}`));
      }
      if (buf.length === 0) {
        reject(new Error(`flag snapshot ${file} is empty`));
        return;
      }
      try {
        const parsed = JSON.parse(buf.toString('utf8')) as FlagSnapshot;
        if (typeof parsed.version !== 'number' || !parsed.flags) {
          throw new Error('snapshot is missing version or flags');
        }
        resolve(parsed);
      } catch (parseErr) {
        reject(parseErr);
      }
    });
  });
}

function bucketFor(flagKey: string, subjectId: string): number {
  const digest = createHash('sha1').update(`${flagKey}:${subjectId}`).digest();
  return digest.readUInt16BE(0) % 100;
}

export class FlagStore extends EventEmitter {
  private snapshot: FlagSnapshot | null = null;
  private watcher: FSWatcher | null = null;

  constructor(private readonly file: string) {
    super();
  }

  async start(): Promise<void> {
    this.snapshot = await loadSnapshotFile(this.file);
    this.watcher = watch(this.file, () => {
      loadSnapshotFile(this.file)
        .then((next) => {
          if (this.snapshot && next.version <= this.snapshot.version) return;
          this.snapshot = next;
          this.emit('updated', next.version);
        })
        .catch((e: unknown) => this.emit('reloadFailed', e));
    });
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = null;
  }

  isEnabled(flagKey: string, subjectId: string, attrs: Record<string, unknown> = {}): boolean {
    const flag = this.snapshot?.flags[flagKey];
    if (!flag || !flag.enabled) return false;
    for (const rule of flag.rules) {
      const actual = attrs[rule.attribute];
      if (rule.op === 'eq' && actual !== rule.value) return false;
      if (rule.op === 'in' && !(Array.isArray(rule.value) && rule.value.includes(actual))) return false;
      if (rule.op === 'gte' && !(typeof actual === 'number' && actual >= Number(rule.value))) return false;
    }
    return bucketFor(flagKey, subjectId) < flag.rollout;
  }
}
