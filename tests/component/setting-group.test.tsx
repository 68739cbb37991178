import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { SettingGroup } from '../../src/islands/parts/SettingGroup';
import { createT } from '../../src/islands/strings';
import type { SettingInfo } from '../../src/islands/types';

// The group's fields skip a render when what they show is unchanged; these are the ways that
// could go wrong: a field that misses its new value, or a handler from an earlier render.
const t = createT({
	'setting.a.label': 'Switch A',
	'setting.b.label': 'Switch B',
	'setting.c.label': 'Mode C',
});
const settings: SettingInfo[] = [
	{ id: 'a', layer: 'externalAccess', type: 'toggle', options: [], adminPathKey: '' },
	{ id: 'b', layer: 'externalAccess', type: 'toggle', options: [], adminPathKey: '' },
	{ id: 'c', layer: 'externalAccess', type: 'choice', options: ['x', 'y'], adminPathKey: '' },
];

const group = (
	values: Record<string, unknown>,
	onChange: (side: string, id: string, v: unknown) => void,
	translator = t,
) => (
	<SettingGroup
		t={translator}
		idPrefix="g"
		legend="Group"
		side="A"
		settings={settings}
		visible={3}
		values={values}
		onChange={onChange}
	/>
);

describe('SettingGroup', () => {
	test('each field shows its new value, and a change goes to the latest handler', () => {
		const first = vi.fn();
		const { container, rerender } = render(group({ a: true, b: false, c: 'x' }, first));
		const input = (id: string) => container.querySelector(`[data-setting="${id}"]`) as HTMLInputElement;
		expect(input('a').checked).toBe(true);
		expect(input('b').checked).toBe(false);

		const latest = vi.fn();
		rerender(group({ a: true, b: true, c: 'y' }, latest));
		expect(input('a').checked).toBe(true);
		expect(input('b').checked).toBe(true);
		expect((input('c') as unknown as HTMLSelectElement).value).toBe('y');

		// Field A did not render again (its value is the same), yet its change reaches the new handler.
		fireEvent.click(input('a'));
		expect(first).not.toHaveBeenCalled();
		expect(latest).toHaveBeenCalledWith('A', 'a', false);
	});

	test('a change that did not apply puts the control back on the next render', () => {
		const values = { a: true, b: false, c: 'x' };
		const { container, rerender } = render(group(values, vi.fn()));
		const a = container.querySelector('[data-setting="a"]') as HTMLInputElement;
		fireEvent.click(a);
		expect(a.checked).toBe(false);
		// The island renders again with the same values (the model could not load): the switch agrees with them.
		rerender(group({ ...values }, vi.fn()));
		expect(a.checked).toBe(true);
	});

	test('a new translator renders every field again', () => {
		const { container, rerender } = render(group({ a: true, b: false, c: 'x' }, vi.fn()));
		const other = createT({
			'setting.a.label': 'Omkopplare A',
			'setting.b.label': 'Omkopplare B',
			'setting.c.label': 'Läge C',
		});
		rerender(group({ a: true, b: false, c: 'x' }, vi.fn(), other));
		expect(container.querySelector('label[for="g-A-a"]')?.textContent).toBe('Omkopplare A');
	});
});
