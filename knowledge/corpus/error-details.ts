// Duck-typed on purpose: errors from Node's fs or fetch may come from another realm (Jest's
// sandbox, a worker), where `instanceof Error` is false for a perfectly good error.

export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

export function errorDetail(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String(error.message);
  }
  return String(error);
}
