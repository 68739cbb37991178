import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import ModeExplorer from '../../src/islands/ModeExplorer';
import { renderIsland, SHAPES, warmEngine } from './render-island';

const setup = (locale = 'en') => renderIsland(ModeExplorer, SHAPES.mode, locale);
const switchOf = (container: Element, id: string) =>
	container.querySelector<HTMLInputElement>(`[data-setting="${id}"]`) as HTMLInputElement;

beforeAll(warmEngine, 60_000);

afterEach(() => {
	history.replaceState(null, '', '/');
});

/** The results' live region (the practice bar has a visible status line of its own). */
const announcer = () => {
	const region = screen.getAllByRole('status').find((el) => el.classList.contains('visually-hidden'));
	if (!region) throw new Error('no live region for results');
	return region;
};

describe('ModeExplorer', { timeout: 30_000 }, () => {
	test('renders the default matrix before any interaction', () => {
		const { cell } = setup();
		expect(cell('federated', 'chat')?.dataset['result']).toBe('allowed');
		expect(cell('guest', 'accessTeamResources')?.dataset['result']).toBe('allowed');
		expect(cell('federated', 'accessTeamResources')?.dataset['result']).toBe('blocked');
	});

	test('turning external access off makes federated chat pending, then blocked, and leaves guests alone', async () => {
		const { container, cell } = setup();
		fireEvent.click(switchOf(container, 'allowFederatedUsers'));
		await waitFor(() => expect(cell('federated', 'chat')?.dataset['result']).toBe('pending'));
		expect(cell('federated', 'chat')?.classList.contains('is-changed')).toBe(true);
		expect(cell('guest', 'chat')?.dataset['result']).toBe('allowed');
		fireEvent.click(screen.getByRole('button', { name: 'Fast-forward: worst case' }));
		await waitFor(() => expect(cell('federated', 'chat')?.dataset['result']).toBe('blocked'));
		expect(cell('guest', 'chat')?.dataset['result']).toBe('allowed');
	});

	test('announces the changed cells in a polite live region', async () => {
		const { container } = setup();
		fireEvent.click(switchOf(container, 'allowFederatedUsers'));
		const status = announcer();
		await waitFor(() =>
			expect(status.textContent).toContain('Chat with them – External access user: now Pending.'),
		);
	});

	test('announces in Swedish on a Swedish page', async () => {
		const { container } = setup('sv');
		fireEvent.click(switchOf(container, 'guestAccess'));
		await waitFor(() => expect(announcer().textContent).toMatch(/: nu /));
	});

	test('loads a preset with its symptom', async () => {
		const { container, cell } = setup();
		const picker = screen.getByLabelText('Scenario');
		fireEvent.change(picker, { target: { value: 'master-switch-off' } });
		fireEvent.click(screen.getByRole('button', { name: 'Load scenario' }));
		await waitFor(() => expect(cell('federated', 'chat')?.dataset['result']).toBe('blocked'));
		expect(container.querySelector('.sim-symptom')?.textContent).toContain('AllowFederatedUsers is off');
		expect(switchOf(container, 'allowFederatedUsers').checked).toBe(false);
	});

	test('the smallest fix turns a blocked cell back on after its delay, and Undo reverts it', async () => {
		const { container, cell } = setup();
		fireEvent.click(switchOf(container, 'allowFederatedUsers'));
		fireEvent.click(await screen.findByRole('button', { name: 'Fast-forward: worst case' }));
		await waitFor(() => expect(cell('federated', 'chat')?.dataset['result']).toBe('blocked'));
		fireEvent.click(cell('federated', 'chat')?.querySelector('button') as HTMLButtonElement);
		const trace = await screen.findByRole('region', { name: /Chat with them – External access user/ });
		expect(trace.querySelector('.is-decisive')?.textContent).toContain(
			'External access is switched off in Contoso',
		);
		fireEvent.click((await screen.findAllByRole('button', { name: 'Apply this fix' }))[0] as HTMLElement);
		await waitFor(() => expect(cell('federated', 'chat')?.dataset['result']).toBe('pending'));
		expect(container.querySelector('.sim-applied')?.textContent).toContain('External access master switch');
		fireEvent.click(screen.getByRole('button', { name: 'Fast-forward: worst case' }));
		await waitFor(() => expect(cell('federated', 'chat')?.dataset['result']).toBe('allowed'));
		fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
		await waitFor(() => expect(cell('federated', 'chat')?.dataset['result']).toBe('pending'));
	});

	test('a malformed link shows the notice and keeps what was valid', async () => {
		const bad = btoa(JSON.stringify({ c: 30, zz: 1, a: { s: { fm: 0, qq: 1 } } })).replace(/=+$/, '');
		history.replaceState(null, '', `/#sim=v1.${bad}`);
		const { container, cell } = setup();
		const notice = await screen.findByRole('alert');
		expect(notice.textContent).toContain('Parts of this link could not be read');
		expect(notice.textContent).toContain('unknown part “zz”');
		expect(notice.textContent).toContain('unknown setting “qq”');
		await waitFor(() => expect(switchOf(container, 'allowFederatedUsers').checked).toBe(false));
		expect(cell('federated', 'chat')?.dataset['result']).toBe('blocked');
	});

	test('Reset returns to Microsoft defaults', async () => {
		const { container, cell } = setup();
		fireEvent.click(switchOf(container, 'allowFederatedUsers'));
		await waitFor(() => expect(cell('federated', 'chat')?.dataset['result']).toBe('pending'));
		fireEvent.click(screen.getByRole('button', { name: 'Reset to Microsoft defaults' }));
		await waitFor(() => expect(cell('federated', 'chat')?.dataset['result']).toBe('allowed'));
		expect(switchOf(container, 'allowFederatedUsers').checked).toBe(true);
	});
});
