/**
 * A write carried an eTag that no longer matches the stored item: someone else saved the key since it was read.
 * Nothing was written for that key. The message matches botbuilder's MemoryStorage, so existing handling still works.
 */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}
