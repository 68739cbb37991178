import type { LayerId } from '../model/index';
import type { SettingInfo } from './types';

/** The settings of the given layers in panel order, with the named master switch first. */
export function settingsOf(
	all: readonly SettingInfo[],
	layers: readonly LayerId[],
	master?: string,
): SettingInfo[] {
	const picked = all.filter((s) => layers.includes(s.layer));
	const first = picked.filter((s) => s.id === master);
	return [...first, ...picked.filter((s) => s.id !== master)];
}
