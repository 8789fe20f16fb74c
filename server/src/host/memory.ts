import { getHeapStatistics } from 'node:v8';

/**
 * How full the heap is, as a share of its limit. Past the limit V8 aborts the whole process: a
 * language server that dies reading a workspace is restarted, dies again at the same article,
 * and the editor is left with nothing. Memory held outside the heap counts too: a warm start
 * keeps persisted models as bytes until it files them, when they move onto the heap.
 */
export function heapShare(): number {
  const s = getHeapStatistics();
  return (s.used_heap_size + s.external_memory) / s.heap_size_limit;
}

/**
 * Indexing reads no more articles once the heap is this full: the rest of the limit is for
 * checking the articles read (their findings), the editor's requests and a collector that needs
 * room to work.
 */
export const INDEX_CEILING = 0.7;
