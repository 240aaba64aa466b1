/**
 * The V8 heap in use after full garbage collections. Needs `--expose-gc` (the kit's vitest
 * config passes it): without it, the number would include garbage and mean nothing.
 */
export async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with node --expose-gc to measure memory')
  // Finalizers and weak references are cleared across turns: collect until it settles.
  let heap = Number.POSITIVE_INFINITY
  for (let round = 0; round < 10; round++) {
    gc()
    await new Promise((resolve) => setTimeout(resolve, 20))
    const used = process.memoryUsage().heapUsed
    if (used >= heap * 0.999) return Math.min(used, heap)
    heap = used
  }
  return heap
}
