/**
 * "Check your configuration": drop or paste an export, see the report, then change settings in a
 * sandbox that starts from the imported state and get the change plan. Everything happens in this
 * browser; nothing is sent anywhere, and nothing is kept unless the admin asks.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Direction, FixChange, ImportResult, OrgSide, Reason, SimState } from '../../model/index';
import { BaselinesPanel } from '../parts/BaselinesPanel';
import { stringsAt } from '../page-strings';
import { createT, delayText, reasonText } from '../strings';
import type { SettingInfo } from '../types';
import { forget, keep, kept, type Kept } from './keep';
import { planMarkdown, planScript } from './plan-text';
import { readFile, readPaste } from './read-input';
import { ReportView } from './ReportView';
import { CellTable, DiffList, SandboxSettings } from './SandboxView';

type Engine = typeof import('./engine');
type Ok = Extract<ImportResult, { ok: true }>;
type Target = OrgSide | 'both';

/** What the server passes: the setting controls' metadata and the simulator page to open a link in. */
export interface ImportPanelData {
	readonly settings: readonly SettingInfo[];
	readonly simulatorUrl: string;
}

interface Props {
	/** The URL of the locale's import strings file (see page-strings.ts). */
	readonly stringsUrl: string;
	readonly lang: string;
	readonly data: ImportPanelData;
}

interface Loaded {
	readonly engine: Engine;
	readonly imports: Kept;
	readonly baseline: SimState;
	readonly sandbox: SimState;
}

let loading: Promise<Engine> | undefined;
const loadEngine = () => (loading ??= import('./engine'));

function build(engine: Engine, imports: Kept): Loaded {
	let state = engine.createDefaultState();
	for (const side of ['A', 'B'] as const) {
		const r = imports[side];
		if (r) state = engine.withImported(state, side, r);
	}
	return { engine, imports, baseline: state, sandbox: state };
}

/** The import panel island. */
export default function ImportPanel({ stringsUrl, lang, data }: Props) {
	const t = createT(stringsAt(stringsUrl));
	const [target, setTarget] = useState<Target>('A');
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<Reason | null>(null);
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [keepOn, setKeepOn] = useState(false);
	const [notice, setNotice] = useState('');
	const [copied, setCopied] = useState<string | null>(null);
	const [dragging, setDragging] = useState(false);
	const [paste, setPaste] = useState('');
	const [linkShown, setLinkShown] = useState(false);
	const fileRef = useRef<HTMLInputElement>(null);

	useEffect(() => {
		const saved = kept();
		if (!saved) return;
		void loadEngine().then((engine) => {
			setLoaded(build(engine, saved));
			setKeepOn(true);
		});
	}, []);

	// Other islands on the page (the baselines panel) can follow the sandbox: one DOM event per change,
	// carrying settings only (no file, no report). Nothing leaves the page.
	useEffect(() => {
		if (!loaded) {
			window.dispatchEvent(new CustomEvent('eal:imported', { detail: null }));
			return;
		}
		const { engine, imports, sandbox } = loaded;
		window.dispatchEvent(
			new CustomEvent('eal:imported', {
				detail: {
					sides: (['A', 'B'] as const).filter((side) => imports[side]),
					settings: { A: engine.savedSettings(sandbox, 'A'), B: engine.savedSettings(sandbox, 'B') },
				},
			}),
		);
	}, [loaded]);

	const accept = (result: ImportResult) => {
		if (!result.ok) {
			// A refused file leaves whatever was loaded before untouched.
			setError(result.error);
			setNotice('');
			return;
		}
		void loadEngine().then((engine) => {
			const sides: OrgSide[] = target === 'both' ? ['A', 'B'] : [target];
			const imports: Kept = { ...(loaded?.imports ?? {}) };
			for (const side of sides) imports[side] = result as Ok;
			const next = build(engine, imports);
			setLoaded(next);
			setError(null);
			if (keepOn) keep(imports);
			setNotice(t('import.loaded', { org: sides.map((s) => next.baseline.orgs[s].name).join(', ') }));
		});
	};

	const run = (work: Promise<ImportResult>) => {
		setBusy(true);
		setNotice(t('import.reading'));
		work
			.then(accept, () => accept({ ok: false, error: { key: 'import.error.readFailed' } }))
			.finally(() => setBusy(false));
	};
	const onFiles = (files: FileList | null | undefined) => {
		const file = files?.[0];
		if (file) run(readFile(file));
	};

	const change = (side: OrgSide, id: string, value: unknown) =>
		setLoaded((l) => (l ? { ...l, sandbox: l.engine.applyChange(l.sandbox, side, id, value) } : l));
	const resetSandbox = () => setLoaded((l) => (l ? { ...l, sandbox: l.baseline } : l));
	// "Fix this control" in the baselines panel: the smallest change, saved in the sandbox like any other.
	const applyFix = (changes: readonly FixChange[]) =>
		setLoaded((l) =>
			l
				? {
						...l,
						sandbox: changes.reduce(
							(acc, c) => l.engine.applyChange(acc, c.side, c.setting, c.value, c.policy),
							l.sandbox,
						),
					}
				: l,
		);
	const doForget = () => {
		forget();
		setLoaded(null);
		setLinkShown(false);
		setKeepOn(false);
		setError(null);
		setPaste('');
		if (fileRef.current) fileRef.current.value = '';
		setNotice(t('import.forgotten'));
	};
	const toggleKeep = (on: boolean) => {
		setKeepOn(on);
		if (on && loaded) keep(loaded.imports);
		if (!on) forget();
	};

	const view = useMemo(() => {
		if (!loaded) return null;
		const { engine, imports, baseline, sandbox } = loaded;
		const sides = (['A', 'B'] as const).filter((s) => imports[s]);
		const assumed = { A: imports.A?.assumed ?? [], B: imports.B?.assumed ?? [] };
		const plan = engine.changePlan(
			sandbox,
			{ A: baseline.orgs.A.settings, B: baseline.orgs.B.settings },
			assumed,
			{ A: baseline.orgs.A.policies, B: baseline.orgs.B.policies },
		);
		const directions: Direction[] = sides.map((s) => (s === 'A' ? 'AtoB' : 'BtoA'));
		const cells = engine.compareCells(baseline, sandbox, directions, assumed);
		const names = { A: sandbox.orgs.A.name, B: sandbox.orgs.B.name };
		return {
			sides,
			assumed,
			plan,
			cells,
			names,
			saved: { A: engine.savedSettings(sandbox, 'A'), B: engine.savedSettings(sandbox, 'B') },
			script: planScript(t, plan, names, sides),
			markdown: planMarkdown(t, lang, plan, names, sides),
			link: `${data.simulatorUrl}#sim=${engine.encodeState(sandbox)}`,
		};
	}, [loaded, lang]);

	const copy = (what: string, text: string) => {
		const done = () => setCopied(what);
		if (!navigator.clipboard?.writeText) return setCopied(`${what}:manual`);
		navigator.clipboard.writeText(text).then(done, () => setCopied(`${what}:manual`));
	};

	return (
		<div class="sim imp" data-import-ready={loaded ? 'loaded' : 'empty'}>
			<p class="imp-privacy">{t('import.privacy')}</p>
			<fieldset class="sim-group imp-target">
				<legend>{t('import.target.legend')}</legend>
				{(['A', 'B', 'both'] as const).map((v) => (
					<label key={v}>
						<input
							type="radio"
							name="imp-target"
							value={v}
							checked={target === v}
							onChange={() => setTarget(v)}
						/>{' '}
						{t(`import.target.${v}`)}
					</label>
				))}
			</fieldset>
			<div
				class={dragging ? 'sim-group imp-drop--over' : 'sim-group'}
				onDragOver={(e) => {
					e.preventDefault();
					setDragging(true);
				}}
				onDragLeave={() => setDragging(false)}
				onDrop={(e) => {
					e.preventDefault();
					setDragging(false);
					onFiles(e.dataTransfer?.files);
				}}
			>
				<p>{t('import.drop')}</p>
				<label class="sim-button imp-file">
					{t('import.choose')}
					<input
						ref={fileRef}
						type="file"
						accept=".json,application/json,text/plain"
						class="imp-file-input"
						data-import-file
						disabled={busy}
						onChange={(e) => onFiles(e.currentTarget.files)}
					/>
				</label>
			</div>
			<div class="imp-paste">
				<label for="imp-paste">{t('import.paste')}</label>
				<textarea
					id="imp-paste"
					dir="ltr"
					rows={4}
					spellcheck={false}
					value={paste}
					onInput={(e) => setPaste(e.currentTarget.value)}
				/>
				<button
					type="button"
					class="sim-button"
					disabled={busy || paste.trim() === ''}
					onClick={() => run(readPaste(paste))}
				>
					{t('import.readPaste')}
				</button>
			</div>
			<p class="imp-notice" role="status" aria-live="polite">
				{notice}
			</p>
			{error && (
				<div class="sim-notice imp-error" role="alert" data-import-error={error.key}>
					<p>
						<strong>{t('import.error.title')}</strong> {reasonText(t, error)}
					</p>
					{loaded && <p>{t('import.error.kept')}</p>}
				</div>
			)}
			{loaded && view && (
				<>
					<div class="imp-keep">
						<label>
							<input
								type="checkbox"
								checked={keepOn}
								onChange={(e) => toggleKeep(e.currentTarget.checked)}
								data-import-keep
							/>{' '}
							{t('import.keep')}
						</label>
						<button type="button" class="sim-button" onClick={doForget} data-import-forget>
							{t('import.forget')}
						</button>
					</div>
					{view.sides.map((side) => (
						<ReportView
							key={side}
							t={t}
							report={(loaded.imports[side] as Ok).report}
							org={view.names[side]}
						/>
					))}
					<h3>{t('import.sandbox.title')}</h3>
					<p>{t('import.sandbox.intro')}</p>
					<div class="sim-orgs">
						{view.sides.map((side) => (
							<section key={side} class="imp-org" aria-label={view.names[side]}>
								<h4>{view.names[side]}</h4>
								<SandboxSettings
									t={t}
									side={side}
									settings={data.settings}
									baseline={loaded.baseline}
									saved={view.saved[side]}
									assumed={view.assumed[side]}
									onChange={change}
								/>
							</section>
						))}
					</div>
					{view.sides.map((side) => (
						<CellTable
							key={side}
							t={t}
							caption={t('import.cells.caption', { org: view.names[side] })}
							cells={view.cells.filter((c) => c.direction === (side === 'A' ? 'AtoB' : 'BtoA'))}
						/>
					))}
					<h3>{t('import.diff.title')}</h3>
					<DiffList
						t={t}
						items={view.plan.changes.map((c) => ({
							org: c.policy ? `${view.names[c.side]} · ${c.policy}` : view.names[c.side],
							setting: c.setting,
							from: c.from,
							to: c.to,
							delay: delayText(t, lang, c.delay),
						}))}
					/>
					<button
						type="button"
						class="sim-button"
						onClick={resetSandbox}
						disabled={view.plan.changes.length === 0}
					>
						{t('import.sandbox.reset')}
					</button>
					<BaselinesPanel
						t={t}
						lang={lang}
						idPrefix="imp-bl"
						state={loaded.sandbox}
						sides={view.sides}
						onApply={applyFix}
					/>
					{view.plan.changes.length > 0 && (
						<section class="imp-plan" aria-labelledby="imp-plan-title">
							<h3 id="imp-plan-title">{t('import.plan.title')}</h3>
							<p>{t('import.plan.notRun')}</p>
							<h4>{t('import.plan.powershell')}</h4>
							<pre class="sim-ps__code" dir="ltr" tabIndex={0} data-plan-script>
								{view.script}
							</pre>
							<button type="button" class="sim-button" onClick={() => copy('ps', view.script)} data-copy="ps">
								{t('import.plan.copyScript')}
							</button>
							<h4>{t('import.plan.markdown')}</h4>
							<pre class="sim-ps__code" dir="ltr" tabIndex={0} data-plan-markdown>
								{view.markdown}
							</pre>
							<button
								type="button"
								class="sim-button"
								onClick={() => copy('md', view.markdown)}
								data-copy="md"
							>
								{t('import.plan.copyMarkdown')}
							</button>
							<p class="sim-feedback" role="status">
								{copied === 'ps' || copied === 'md'
									? t('import.plan.copied')
									: copied
										? t('import.plan.copyManual')
										: ''}
							</p>
						</section>
					)}
					{/* The state goes into a link only when the admin asks, and the page says what it holds. */}
					{linkShown ? (
						<p class="imp-link" data-import-link>
							{t('import.linkWarning')} <a href={view.link}>{t('import.openSimulator')}</a>
						</p>
					) : (
						<button type="button" class="sim-button" onClick={() => setLinkShown(true)}>
							{t('import.makeLink')}
						</button>
					)}
				</>
			)}
		</div>
	);
}
