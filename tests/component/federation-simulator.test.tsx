import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, test } from 'vitest';
import FederationSimulator from '../../src/islands/FederationSimulator';
import { renderIsland, SHAPES, warmEngine } from './render-island';

beforeAll(warmEngine, 60_000);

describe('FederationSimulator', { timeout: 30_000 }, () => {
	test('shows both directions and a plain-language summary at the defaults', () => {
		const { container, cell } = renderIsland(FederationSimulator, SHAPES.federation);
		expect(cell('federated', 'chat', 'AtoB')?.dataset['result']).toBe('allowed');
		expect(cell('federated', 'chat', 'BtoA')?.dataset['result']).toBe('allowed');
		expect(container.querySelector('[data-summary]')?.textContent).toBe(
			'Contoso and Fabrikam can chat both ways.',
		);
	});

	test('blocking Fabrikam on Contoso’s side blocks chat in both directions and says why', async () => {
		const { container, cell } = renderIsland(FederationSimulator, SHAPES.federation);
		const mode = container.querySelector(
			'[data-setting="fedDomainMode"][data-side="A"]',
		) as HTMLSelectElement;
		fireEvent.change(mode, { target: { value: 'blockAll' } });
		await waitFor(() => expect(cell('federated', 'chat', 'BtoA')?.dataset['result']).toBe('pending'));
		fireEvent.click(screen.getByRole('button', { name: 'Fast-forward: worst case' }));
		await waitFor(() => expect(cell('federated', 'chat', 'BtoA')?.dataset['result']).toBe('blocked'));
		expect(cell('federated', 'chat', 'AtoB')?.dataset['result']).toBe('blocked');
		expect(container.querySelector('[data-summary]')?.textContent).toContain(
			'can’t chat in either direction',
		);
		expect(container.querySelector('[data-setting="fedDomainMode"][data-side="B"]')).toHaveProperty(
			'value',
			'allowAll',
		);
	});

	test('renaming an organization renames it in the headers and the summary', async () => {
		const { container } = renderIsland(FederationSimulator, SHAPES.federation);
		const name = container.querySelector('[data-org-field="name"][data-side="B"]') as HTMLInputElement;
		fireEvent.change(name, { target: { value: 'Northwind' } });
		await waitFor(() =>
			expect(container.querySelector('[data-summary]')?.textContent).toContain('Northwind'),
		);
		expect(screen.getByRole('columnheader', { name: 'Contoso → Northwind' })).toBeTruthy();
	});
});
