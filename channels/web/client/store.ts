/**
 * A small JSON store over localStorage, namespaced by the API origin so two Sarathi hosts
 * embedded on one site never read each other's sessions. When storage is unavailable (private
 * modes, sandboxed iframes, a full quota) it keeps the values in memory: the widget still works,
 * it just forgets on reload.
 */

export interface Store {
  read<T>(key: string): T | undefined;
  /** Returns false when the value could not be stored durably (it is still kept in memory). */
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
}

export function createStore(
  namespace: string,
  storage: Storage | undefined = safeStorage(),
): Store {
  const memory = new Map<string, string>();
  const full = (key: string) => `sarathi:${namespace}:${key}`;
  return {
    read<T>(key: string): T | undefined {
      let raw: string | null | undefined = memory.get(full(key));
      if (raw === undefined) {
        try {
          raw = storage?.getItem(full(key));
        } catch {
          raw = undefined;
        }
      }
      if (raw === null || raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      const raw = JSON.stringify(value);
      try {
        storage?.setItem(full(key), raw);
        memory.delete(full(key));
        return storage !== undefined;
      } catch {
        memory.set(full(key), raw);
        return false;
      }
    },
    remove(key) {
      memory.delete(full(key));
      try {
        storage?.removeItem(full(key));
      } catch {
        // Nothing stored durably, nothing to remove.
      }
    },
  };
}

function safeStorage(): Storage | undefined {
  try {
    // Merely touching localStorage throws in some sandboxed frames.
    return window.localStorage;
  } catch {
    return undefined;
  }
}
