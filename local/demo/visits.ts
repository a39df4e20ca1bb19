import type { LocalDatabase } from '../db'

/** Demo data of the visits domain (filled in by its issue). */
export async function loadVisitsDemo(_db: LocalDatabase) {}
