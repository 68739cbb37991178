/**
 * The page tools that wait for the reader (loaded by page-boot.ts on the first interaction, or
 * at once for an address with a #fragment): the theme button, the language picker's fragment
 * carry-over, the article tools and the export script's text on "Check your configuration".
 * `early` holds the targets of clicks made while this loaded.
 */
import { startArticle } from '../scripts/article';
import { startExportText } from '../scripts/export-text';
import { startLanguagePicker } from '../scripts/lang-picker';
import { startThemeToggle } from '../scripts/theme-toggle';

export function start(early: readonly EventTarget[]): void {
	startThemeToggle(early);
	startLanguagePicker();
	startArticle(early);
	startExportText();
}
