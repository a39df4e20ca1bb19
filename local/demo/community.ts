import type { LocalDatabase } from '../db'

/** Demo data of the community domain (filled in by its issue). */
export async function loadCommunityDemo(_db: LocalDatabase) {}
