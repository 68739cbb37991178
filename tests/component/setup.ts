import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/preact';

afterEach(() => {
	cleanup();
});

// Simulators write their state into the URL fragment: each test starts on a fresh URL, as a
// reader opening the page would, instead of inheriting the previous test's state.
beforeEach(() => {
	history.replaceState(null, '', '/');
});
