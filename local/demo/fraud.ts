import type { LocalDatabase } from '../db'

/** Demo data of the fraud domain (filled in by its issue). */
export async function loadFraudDemo(_db: LocalDatabase) {}
