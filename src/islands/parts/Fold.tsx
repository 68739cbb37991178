import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
	class: string;
	summary: ComponentChildren;
	/** The body, rendered on the first open and kept from then on. */
	children: () => ComponentChildren;
}

/**
 * A <details> whose body is built the first time it opens. A closed fold then costs neither
 * HTML (the server renders the summary only) nor DOM nodes for style and layout on every
 * change. A click on the summary before the island is live is held and replayed by the
 * hydration directive (src/directives/strings.ts), so it opens a live fold with its body.
 */
export function Fold({ class: className, summary, children }: Props) {
	const [opened, setOpened] = useState(false);
	return (
		<details
			class={className}
			onToggle={(e) => {
				if ((e.currentTarget as HTMLDetailsElement).open) setOpened(true);
			}}
		>
			<summary>{summary}</summary>
			{opened && children()}
		</details>
	);
}
