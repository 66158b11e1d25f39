// Contacts kept in order of one timestamp (ties broken by id), so a search sorted by dateAdded or
// dateUpdated over 100,000 contacts walks the order instead of sorting on every request.
export interface Indexed {
  id: string;
}

export class SortedIndex<T extends Indexed> {
  items: T[] = [];

  constructor(private readonly key: (item: T) => number) {}

  private compare(a: T, keyA: number, b: T): number {
    const keyB = this.key(b);
    if (keyA !== keyB) return keyA - keyB;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  // First position whose item sorts at or after (key, id).
  lowerBound(key: number, id: string): number {
    let lo = 0;
    let hi = this.items.length;
    const probe = { id } as T;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(probe, key, this.items[mid]!) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(item: T): void {
    this.items.splice(this.lowerBound(this.key(item), item.id), 0, item);
  }

  // Must be called with the key the item had when it was inserted.
  remove(item: T, keyWhenInserted: number): void {
    const at = this.lowerBound(keyWhenInserted, item.id);
    if (this.items[at] === item) this.items.splice(at, 1);
  }

  rebuild(all: Iterable<T>): void {
    this.items = [...all].sort((a, b) => this.compare(a, this.key(a), b));
  }
}
