import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, test } from 'vitest';
import { islandStrings } from '../../src/components/simulators/island-strings';
import { federationDiagram } from '../../src/model/diagram-federation';
import GuestSimulator from '../../src/islands/GuestSimulator';
import { Diagram } from '../../src/islands/parts/Diagram';
import { createT } from '../../src/islands/strings';
import { renderIsland, SHAPES, warmEngine } from './render-island';

beforeAll(warmEngine, 60_000);

const ORGS = {
	A: { name: 'Contoso', domain: 'contoso.com', user: 'adele', people: [{ user: 'adele', policy: null }] },
	B: { name: 'Fabrikam', domain: 'fabrikam.com', user: 'bo', people: [{ user: 'bo', policy: null }] },
};

describe('Diagram', { timeout: 30_000 }, () => {
	test('the guest picture follows the switch: allowed to the team, then stopped and marked at Teams', async () => {
		const { container } = renderIsland(GuestSimulator, SHAPES.guest);
		const fig = () => container.querySelector('.sim-diagram') as HTMLElement;
		const item = () => fig().querySelector('li') as HTMLElement;
		expect(item().dataset['outcome']).toBe('allowed');
		expect(item().textContent).toBe('✓Allowed \u2068Fabrikam\u2069 → \u2068Contoso\u2069');
		expect(fig().querySelector('[data-decisive]')).toBeNull();

		const master = container.querySelector('[data-setting="guestAccess"]') as HTMLInputElement;
		fireEvent.click(master);
		await waitFor(() => expect(item().dataset['outcome']).toBe('pending'));
		expect(fig().querySelector('.sim-diagram__path[data-outcome="pending"]')).not.toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Fast-forward: worst case' }));
		await waitFor(() => expect(item().dataset['outcome']).toBe('blocked'));
		expect(item().textContent).toContain('Decided by: Teams');
		expect(fig().querySelector('[data-decisive] text')?.textContent).toBe('Teams');
		expect(
			fig().querySelector('.sim-diagram__path[data-outcome="blocked"] .sim-diagram__mark rect'),
		).not.toBeNull();
		// The SVG is decoration for screen readers: the caption says the same in words.
		expect(fig().querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
	});

	test('in Arabic the picture runs right to left, with both Latin names isolated', () => {
		const results = new Map([
			['AtoB|federated|chat', { outcome: 'blocked' as const, layer: 'externalAccess', fallback: false }],
			['BtoA|federated|chat', { outcome: 'allowed' as const, layer: null, fallback: false }],
		]);
		const { container } = render(
			<Diagram
				t={createT(islandStrings('ar'))}
				lang="ar"
				layout={federationDiagram}
				identity="federated"
				capability="chat"
				results={results}
				orgs={ORGS}
			/>,
		);
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('direction')).toBe('rtl');
		const [a, b] = [...svg.querySelectorAll('.sim-diagram__box rect')].map((r) =>
			Number(r.getAttribute('x')),
		);
		expect(a).toBeGreaterThan(b!); // Contoso (A) on the right
		const items = [...container.querySelectorAll('li')];
		expect(items.map((li) => li.dataset['outcome'])).toEqual(['blocked', 'allowed']);
		expect(items[0]!.textContent).toContain('\u2068Contoso\u2069');
		expect(items[0]!.textContent).toContain('تحسمه');
		expect(container.querySelector('figcaption p')?.textContent).toContain('\u2068Fabrikam\u2069');
	});
});
