/** Files read at once: far below any open-file limit (macOS defaults to 256), still overlapping I/O. */
export const READ_CONCURRENCY = 16;

/** Like Promise.all over `items`, with at most `limit` calls in flight; results keep their order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
