// expect: no-swallowed-abort
// loadDesignProofs() catches everything, including the AbortError from switching clients, and returns [] so the stale load still renders an empty gallery.
export interface DesignProof {
  id: string;
  clientId: string;
  artist: string;
  revision: number;
  imageUrl: string;
  approved: boolean;
}

export async function loadDesignProofs(clientId: string, signal: AbortSignal): Promise<DesignProof[]> {
  try {
    const res = await fetch(`/api/clients/${encodeURIComponent(clientId)}/proofs`, {
      signal,
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`proofs request failed: ${res.status}`);
    const proofs = (await res.json()) as DesignProof[];
    return proofs.sort((a, b) => b.revision - a.revision);
  } catch (err) {
    console.warn(`could not load proofs for ${clientId}`, err);
    return [];
  }
}

function proofCard(p: DesignProof): HTMLElement {
  const card = document.createElement('figure');
  card.className = p.approved ? 'proof proof--approved' : 'proof';
  const img = document.createElement('img');
  img.src = p.imageUrl;
  img.alt = `Revision ${p.revision} by ${p.artist}`;
  img.loading = 'lazy';
  const caption = document.createElement('figcaption');
  caption.textContent = `v${p.revision} · ${p.artist}${p.approved ? ' · approved' : ''}`;
  card.append(img, caption);
  return card;
}

export class ProofGallery {
  private current: AbortController | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly emptyText = 'No proofs yet — the artist will upload sketches after the consult.',
  ) {}

  async showClient(clientId: string): Promise<void> {
    this.current?.abort();
    const ac = new AbortController();
    this.current = ac;

    this.root.setAttribute('aria-busy', 'true');
    const proofs = await loadDesignProofs(clientId, ac.signal);
    this.root.removeAttribute('aria-busy');

    if (proofs.length === 0) {
      this.root.replaceChildren(Object.assign(document.createElement('p'), { textContent: this.emptyText }));
      return;
    }
    this.root.replaceChildren(...proofs.map(proofCard));
  }

  dispose(): void {
    this.current?.abort();
    this.current = null;
    this.root.replaceChildren();
  }
}

export function wireClientPicker(select: HTMLSelectElement, gallery: ProofGallery): void {
  select.addEventListener('change', () => {
    gallery.showClient(select.value).catch((err) => console.error('gallery update failed', err));
  });
}
