import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeAll, describe, expect, test } from 'vitest';
import GuestSimulator from '../../src/islands/GuestSimulator';
import { renderIsland, SHAPES, warmEngine } from './render-island';

beforeAll(warmEngine, 60_000);

describe('GuestSimulator', { timeout: 30_000 }, () => {
	test('shows the layers as an ordered stack, Entra ID first and the label last', () => {
		const { container } = renderIsland(GuestSimulator, SHAPES.guest);
		const legends = [...container.querySelectorAll('.sim-stack legend')].map((l) => l.textContent);
		expect(legends).toEqual([
			'Microsoft Entra ID',
			'Microsoft 365 Groups',
			'SharePoint',
			'Teams',
			'Sensitivity label',
		]);
	});

	test('SharePoint “Only people in your organization” blocks files but not the team, and names SharePoint', async () => {
		const { container, cell } = renderIsland(GuestSimulator, SHAPES.guest);
		const site = container.querySelector('[data-setting="spoOrgSharing"]') as HTMLSelectElement;
		fireEvent.change(site, { target: { value: 'onlyOrg' } });
		await waitFor(() => expect(cell('guest', 'channelFiles')?.dataset['result']).toBe('pending'));
		fireEvent.click(screen.getByRole('button', { name: 'Fast-forward: worst case' }));
		await waitFor(() => expect(cell('guest', 'channelFiles')?.dataset['result']).toBe('blocked'));
		expect(cell('guest', 'accessTeamResources')?.dataset['result']).toBe('allowed');
		expect(cell('guest', 'channelFiles')?.textContent).toContain('Decided by: SharePoint sharing');
	});
});
