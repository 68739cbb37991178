import { DELAYS, type DelayId } from './delays';
import { source, VERIFIED } from '../cite';
import type { SourceKey } from '../sources';
import type { DelayRange, LayerId, SettingValue, Source } from '../types';

/** How a setting is edited: a switch, one of several options, or a list of domains or addresses. */
export type SettingType = 'toggle' | 'choice' | 'domains' | 'addresses';

/** In which role an organization's setting matters: as the host, as the partner, or both. */
export type SettingRole = 'host' | 'partner' | 'both';

/** A PowerShell cmdlet and parameter that reads and writes a setting. */
export interface PowerShellRef {
	readonly cmdlet: string;
	readonly parameter: string;
	/** Extra arguments the cmdlet needs, e.g. `-Identity Global`. */
	readonly identity?: string;
}

/** Everything the UI needs to show and edit one setting, with its source. */
export interface SettingMeta {
	readonly id: string;
	/** Two-letter code used by the share-link codec. Never reuse a retired code. */
	readonly code: string;
	readonly layer: LayerId;
	readonly role: SettingRole;
	readonly type: SettingType;
	readonly options: readonly string[];
	readonly default: SettingValue;
	readonly powershell: PowerShellRef | null;
	readonly labelKey: string;
	readonly helpKey: string;
	readonly adminPathKey: string;
	readonly delay: DelayRange;
	readonly source: Source;
	readonly verified: string;
	/** The date Microsoft retired the setting; a retired setting has no effect. */
	readonly retired?: string;
	/** True when the facts sheet marks the default as unconfirmed. */
	readonly defaultUnconfirmed?: boolean;
}

interface SettingInput {
	code: string;
	layer: LayerId;
	role: SettingRole;
	type: SettingType;
	options?: readonly string[];
	default: SettingValue;
	powershell: PowerShellRef | null;
	adminPath: string;
	delay: DelayId;
	source: SourceKey;
	retired?: string;
	defaultUnconfirmed?: boolean;
}

/** Builds a setting row, deriving its i18n keys from its id. */
export function defineSetting<const I extends string>(
	id: I,
	input: SettingInput,
): SettingMeta & { readonly id: I } {
	const { adminPath, delay, source: key, options, ...rest } = input;
	return {
		id,
		...rest,
		options: options ?? [],
		labelKey: `setting.${id}.label`,
		helpKey: `setting.${id}.help`,
		adminPathKey: `adminPath.${adminPath}`,
		delay: DELAYS[delay],
		source: source(key),
		verified: VERIFIED,
	};
}
