/**
 * Citations as the model carries them: a facts-sheet source key (§10). The URLs live apart in
 * sources.ts, which only a trace's links need, so evaluating a cell loads no URL.
 */
import type { SourceKey } from './sources';
import type { Source } from './types';

/** The date every rule row was last checked against the facts sheet (with its corrections C1–C9). */
export const VERIFIED = '2026-12-03';

/** The citation for a facts-sheet source key. */
export function source(key: SourceKey): Source {
	return { key };
}
