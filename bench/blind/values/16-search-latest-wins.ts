// expect: none
// The === compares promise identities on purpose (latest-request-wins); the results shown are the awaited value.

interface Suggestion {
  label: string;
  score: number;
}

declare function querySuggestions(term: string): Promise<Suggestion[]>;

export class SearchBox {
  private latest: Promise<Suggestion[]> | null = null;

  constructor(private readonly list: HTMLUListElement) {}

  async onInput(term: string): Promise<void> {
    const request = querySuggestions(term);
    this.latest = request;

    const suggestions = await request;
    if (request !== this.latest) {
      return;
    }

    this.list.replaceChildren(
      ...suggestions.map((s) => {
        const li = document.createElement('li');
        li.textContent = s.label;
        return li;
      }),
    );
  }
}
