import { describe, expect, it } from 'vitest';
import { FrameGovernor, QUALITY_LEVELS, median, type GovernorEvent } from './governor';

const BUDGET = 1000 / 60;

/** Feeds one full window of `ms` frames; returns the event that closed it. */
function window(g: FrameGovernor, ms: number): GovernorEvent | null {
	let event: GovernorEvent | null = null;
	for (let i = 0; i < g.windowSize; i++) event = g.addFrame(ms) ?? event;
	return event;
}

describe('FrameGovernor', () => {
	it('decides only when a window closes', () => {
		const g = new FrameGovernor({ windowSize: 10 });
		for (let i = 0; i < 9; i++) expect(g.addFrame(100)).toBeNull();
		expect(g.addFrame(100)).toMatchObject({ type: 'down', level: 1 });
	});

	it('steps down one level per slow window, through every level', () => {
		const g = new FrameGovernor();
		const seen: string[] = [];
		for (let i = 1; i < QUALITY_LEVELS.length; i++) {
			expect(window(g, 25)).toMatchObject({ type: 'down', level: i });
			seen.push(g.quality.name);
		}
		expect(seen).toEqual(QUALITY_LEVELS.slice(1).map((q) => q.name));
		expect(g.quality.shadows).toBe(false);
	});

	it('uses the median, so a single spike does not step down', () => {
		const g = new FrameGovernor({ windowSize: 5 });
		for (const ms of [5, 5, 200, 5, 5]) g.addFrame(ms);
		expect(g.level).toBe(0);
	});

	it('holds inside the dead band between headroom and budget', () => {
		const g = new FrameGovernor({ level: 2 });
		for (let i = 0; i < 10; i++) expect(window(g, BUDGET * 0.8)).toBeNull();
		expect(g.level).toBe(2);
	});

	it('steps up only after several windows with headroom', () => {
		const g = new FrameGovernor({ level: 2, upWindows: 3 });
		expect(window(g, 4)).toBeNull();
		expect(window(g, 4)).toBeNull();
		expect(window(g, 4)).toMatchObject({ type: 'up', level: 1 });
	});

	it('a band window breaks the headroom streak', () => {
		const g = new FrameGovernor({ level: 2, upWindows: 2 });
		window(g, 4);
		window(g, BUDGET * 0.9);
		expect(window(g, 4)).toBeNull();
		expect(window(g, 4)).toMatchObject({ type: 'up' });
	});

	it('needs twice the good windows after a flap', () => {
		const g = new FrameGovernor({ level: 1, upWindows: 2 });
		window(g, 4);
		expect(window(g, 4)).toMatchObject({ type: 'up', level: 0 });
		expect(window(g, 30)).toMatchObject({ type: 'down', level: 1 });
		expect(g.state().upWindowsNeeded).toBe(4);
		for (let i = 0; i < 3; i++) expect(window(g, 4)).toBeNull();
		expect(window(g, 4)).toMatchObject({ type: 'up', level: 0 });
	});

	it('asks for 2D when the lowest level stays under 30 fps', () => {
		const g = new FrameGovernor({ level: QUALITY_LEVELS.length - 1, fallbackWindows: 2 });
		expect(window(g, 50)).toBeNull();
		expect(window(g, 50)).toMatchObject({ type: 'fallback' });
	});

	it('does not fall back when the lowest level is slow but above 30 fps', () => {
		const g = new FrameGovernor({ level: QUALITY_LEVELS.length - 1 });
		for (let i = 0; i < 5; i++) expect(window(g, 25)).toBeNull();
	});

	it('only measures when automatic quality is off', () => {
		const g = new FrameGovernor({ enabled: false });
		for (let i = 0; i < 6; i++) expect(window(g, 100)).toBeNull();
		expect(g.level).toBe(0);
		expect(g.state().lastMedianMs).toBe(100);
	});

	it('reset() goes back to the top after trying 3D again', () => {
		const g = new FrameGovernor();
		window(g, 40);
		window(g, 40);
		g.reset();
		expect(g.level).toBe(0);
	});

	it('ignores nonsense samples', () => {
		const g = new FrameGovernor({ windowSize: 1 });
		expect(g.addFrame(Number.NaN)).toBeNull();
		expect(g.addFrame(-1)).toBeNull();
		expect(g.level).toBe(0);
	});
});

describe('median', () => {
	it('of odd and even counts', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
	});
});
