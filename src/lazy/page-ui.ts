/**
 * The page tools that wait for the reader (loaded by page-boot.ts on the first interaction, or
 * at once for an address with a #fragment): the theme button, the language picker's fragment
 * carry-over and the article tools. `early` holds the targets of clicks made while this loaded.
 */
import { startArticle } from '../scripts/article';
import { startLanguagePicker } from '../scripts/lang-picker';
import { startThemeToggle } from '../scripts/theme-toggle';

export function start(early: readonly EventTarget[]): void {
	startThemeToggle(early);
	startLanguagePicker();
	startArticle(early);
}
