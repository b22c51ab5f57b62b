// expect: no-promise-as-value
// registry.hasCurrentCertification() returns a Promise, so `if (!certified)` never fires and uncertified guards get posted to towers.
import { EventEmitter } from 'node:events';

export interface Guard {
  id: string;
  name: string;
  qualifications: Array<'beach' | 'surf' | 'pool' | 'first-aid'>;
}

export interface Tower {
  id: string;
  beach: string;
  requiresSurf: boolean;
  opensAt: string; // HH:MM local
}

export interface Posting {
  towerId: string;
  guardId: string;
  shiftStart: Date;
}

interface CertificationRegistry {
  hasCurrentCertification(guardId: string, on: Date): Promise<boolean>;
}

export class TowerRota extends EventEmitter {
  private postings: Posting[] = [];

  constructor(private readonly registry: CertificationRegistry) {
    super();
  }

  private shiftStartFor(tower: Tower, day: Date): Date {
    const [h, m] = tower.opensAt.split(':').map(Number);
    const start = new Date(day);
    start.setHours(h ?? 9, m ?? 0, 0, 0);
    return start;
  }

  async post(guard: Guard, tower: Tower, day: Date): Promise<Posting> {
    if (tower.requiresSurf && !guard.qualifications.includes('surf')) {
      throw new Error(`${guard.name} is not surf-qualified for tower ${tower.id}`);
    }

    const shiftStart = this.shiftStartFor(tower, day);
    const clash = this.postings.find((p) => p.guardId === guard.id && p.shiftStart.toDateString() === shiftStart.toDateString());
    if (clash) throw new Error(`${guard.name} is already on tower ${clash.towerId} that day`);

    const certified = this.registry.hasCurrentCertification(guard.id, shiftStart);
    if (!certified) {
      this.emit('rejected', { guardId: guard.id, towerId: tower.id, reason: 'certification lapsed' });
      throw new Error(`${guard.name} has no current certification for ${shiftStart.toDateString()}`);
    }

    const posting: Posting = { towerId: tower.id, guardId: guard.id, shiftStart };
    this.postings.push(posting);
    this.emit('posted', posting);
    return posting;
  }

  async fillDay(towers: Tower[], available: Guard[], day: Date): Promise<Posting[]> {
    const pool = [...available];
    const filled: Posting[] = [];
    for (const tower of towers) {
      for (let i = 0; i < pool.length; i++) {
        try {
          filled.push(await this.post(pool[i]!, tower, day));
          pool.splice(i, 1);
          break;
        } catch {
          // try the next guard in the pool
        }
      }
    }
    return filled;
  }
}
