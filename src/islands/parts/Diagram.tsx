import type { Diagram as Layout, DiagramCell, DiagramPath } from '../../model/diagram';
import type { IdentityId, OrgSide } from '../../model/index';
import { type Results } from '../sim-helpers';
import type { T } from '../strings';
import type { OrgFacts } from '../types';
import { ICONS, ResultBadge } from './ResultBadge';

/** The marker at the end of a path: a different shape per outcome (circle, square, diamond). */
function Mark({ p }: { p: DiagramPath }) {
	const [x, y] = p.points[1];
	return (
		<g class="sim-diagram__mark">
			{p.outcome === 'blocked' ? (
				<rect x={x - 11} y={y - 11} width="22" height="22" />
			) : p.outcome === 'depends' ? (
				<polygon points={`${x},${y - 13} ${x + 13},${y} ${x},${y + 13} ${x - 13},${y}`} />
			) : (
				<circle cx={x} cy={y} r="11" />
			)}
			<text x={x} y={y}>
				{ICONS[p.outcome]}
			</text>
		</g>
	);
}

/**
 * A picture of the results: the two organizations with one path per direction (federation), or the
 * guest's way through the host's layers, each path drawn, marked and named by its outcome. The
 * caption says the same in words, so the SVG itself is hidden from screen readers.
 */
export function Diagram(props: {
	t: T;
	lang: string;
	layout: (cells: readonly DiagramCell[], rtl: boolean) => Layout;
	identity: IdentityId;
	capability: string;
	results: Results;
	orgs: Readonly<Record<OrgSide, OrgFacts>>;
}) {
	const { t, results } = props;
	const cells = (['AtoB', 'BtoA'] as const).flatMap((direction) => {
		const r = results.get(`${direction}|${props.identity}|${props.capability}`);
		return r ? [{ direction, outcome: r.outcome, layer: r.layer }] : [];
	});
	const rtl = props.lang === 'ar';
	const d = props.layout(cells, rtl);
	// First-strong isolation: a Latin name keeps its shape inside Arabic text, and the reverse.
	const name = (side: OrgSide = 'A') => `\u2068${props.orgs[side].name}\u2069`;
	return (
		<figure class="sim-diagram" data-diagram={d.kind}>
			<svg
				class="sim-diagram__svg"
				viewBox={`0 0 ${d.width} ${d.height}`}
				direction={rtl ? 'rtl' : 'ltr'}
				aria-hidden="true"
			>
				{d.boxes.map((b) => (
					<g class="sim-diagram__box" data-decisive={b.decisive || undefined}>
						<rect x={b.x} y={b.y} width={b.w} height={b.h} />
						<text x={b.x + b.w / 2} y={b.y + Math.min(22, b.h / 2)}>
							{b.labelKey ? t(b.labelKey, { org: name(b.side) }) : name(b.side)}
						</text>
					</g>
				))}
				{d.paths.map((p) => (
					<g class="sim-diagram__path" data-outcome={p.outcome}>
						<polyline points={p.points.join(' ')} />
						<Mark p={p} />
					</g>
				))}
			</svg>
			<figcaption>
				<p class="sim-diagram__title">{t(`sim.diagram.${d.kind}.title`, { a: name('A'), b: name('B') })}</p>
				<ul class="sim-diagram__list">
					{d.paths.map((p) => (
						<li data-path={p.direction} data-outcome={p.outcome}>
							<ResultBadge t={t} outcome={p.outcome} />{' '}
							{t('direction.arrow', { host: name(p.from), partner: name(p.to) })}
							{p.layerKey && ` · ${t('sim.guest.decidedBy', { layer: t(p.layerKey) })}`}
						</li>
					))}
				</ul>
			</figcaption>
		</figure>
	);
}
