/**
 * The Web Storage interface over a Map, for running the widget's storage code in Node (which has
 * no localStorage). `failWrites` imitates a full quota or a storage-blocking browser.
 */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  failWrites = false;

  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.#items.set(key, value);
  }
}
