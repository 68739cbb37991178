/**
 * Keeping an import on this device, only when the admin asks: one localStorage entry holding the
 * imported results (settings and report, never the file). `forget()` removes it. Reading a damaged
 * entry gives nothing rather than an error.
 */
import type { ImportResult, OrgSide } from '../../model/index';

const KEY = 'eal.import.v1';

/** What is kept: the import per side. */
export type Kept = Partial<Record<OrgSide, Extract<ImportResult, { ok: true }>>>;

/** Saves the imports. Storage may be full or blocked; then nothing is kept and false is returned. */
export function keep(imports: Kept): boolean {
	try {
		localStorage.setItem(KEY, JSON.stringify(imports));
		return true;
	} catch {
		return false;
	}
}

/** The kept imports, or null when there are none or the entry is damaged. */
export function kept(): Kept | null {
	try {
		const raw = localStorage.getItem(KEY);
		if (raw === null) return null;
		const value = JSON.parse(raw) as unknown;
		if (typeof value !== 'object' || value === null) return null;
		const out: Kept = {};
		for (const side of ['A', 'B'] as const) {
			const r = (value as Record<string, unknown>)[side] as Kept[OrgSide];
			if (r && r.ok === true && typeof r.settings === 'object' && Array.isArray(r.assumed)) out[side] = r;
		}
		return out.A || out.B ? out : null;
	} catch {
		return null;
	}
}

/** Removes anything kept. */
export function forget(): void {
	try {
		localStorage.removeItem(KEY);
	} catch {
		// Storage blocked: there was nothing to remove.
	}
}
