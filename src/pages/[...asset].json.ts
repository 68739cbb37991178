/**
 * The strings files of the simulator islands, one per published locale, written to
 * /_astro/strings.<kind>.<locale>.<hash>.json (see src/islands/page-strings.ts for why they are files).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { PUBLISHED_LOCALES } from '../i18n/locales';
import { STRINGS_KINDS, stringsFile, type StringsKind } from '../components/simulators/island-strings';

export const getStaticPaths = (() =>
	PUBLISHED_LOCALES.flatMap((l) =>
		(Object.keys(STRINGS_KINDS) as StringsKind[]).map((kind) => {
			const file = stringsFile(l.code, kind);
			return { params: { asset: file.url.slice(1, -'.json'.length) }, props: { json: file.json } };
		}),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response((props as { json: string }).json, { headers: { 'Content-Type': 'application/json' } });
