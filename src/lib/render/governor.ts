/**
 * Frame-budget governor: pure logic, no DOM, no three. Frame times are collected in windows;
 * a window whose median misses the budget steps quality down one level, a run of windows with
 * clear headroom steps it back up. Hysteresis: stepping up needs several good windows in a row
 * (a dead band between `headroom × budget` and the budget holds the level), and a step down
 * soon after a step up doubles the number of good windows needed next time, so it cannot flap.
 * At the lowest level, windows still slower than `minFps` ask for the 2D fallback.
 */

export interface QualityLevel {
	name: string;
	/** Upper bound of the renderer's pixel ratio (the device's own ratio is used below it). */
	maxPixelRatio: number;
	shadows: boolean;
	/** Shadow map edge in pixels (before PUBLIC_MAX_TEXTURE_SIZE caps it). */
	shadowMapSize: number;
	/** Extra lights and tone mapping; off = one sun and one ambient light. */
	effects: boolean;
	/** Level of detail: 0 = detailed furniture models, 1 = simplified boxes. */
	lod: 0 | 1;
}

export const QUALITY_LEVELS: readonly QualityLevel[] = Object.freeze([
	{ name: 'high', maxPixelRatio: 2, shadows: true, shadowMapSize: 2048, effects: true, lod: 0 },
	{ name: 'medium', maxPixelRatio: 1, shadows: true, shadowMapSize: 1024, effects: true, lod: 0 },
	{ name: 'low', maxPixelRatio: 1, shadows: false, shadowMapSize: 0, effects: false, lod: 1 },
	{ name: 'lowest', maxPixelRatio: 0.5, shadows: false, shadowMapSize: 0, effects: false, lod: 1 }
]);

export interface GovernorOptions {
	/** Target frame time; default 60 fps. */
	budgetMs?: number;
	/** Below this rate at the lowest level the governor asks for 2D. */
	minFps?: number;
	/** Frames per window. */
	windowSize?: number;
	/** A window counts as headroom when its median is below budget × headroom. */
	headroom?: number;
	/** Good windows in a row needed to step up (doubles after a flap). */
	upWindows?: number;
	/** Bad windows in a row at the lowest level before falling back to 2D. */
	fallbackWindows?: number;
	/** PUBLIC_AUTO_QUALITY: when false, the governor only measures. */
	enabled?: boolean;
	/** Starting level index. */
	level?: number;
}

export type GovernorEvent =
	| { type: 'down'; level: number; medianMs: number }
	| { type: 'up'; level: number; medianMs: number }
	| { type: 'fallback'; level: number; medianMs: number };

export interface GovernorState {
	level: number;
	quality: QualityLevel;
	lastMedianMs: number | null;
	windows: number;
	goodStreak: number;
	upWindowsNeeded: number;
	enabled: boolean;
}

const MAX_UP_WINDOWS = 32;

export function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export class FrameGovernor {
	readonly budgetMs: number;
	readonly minFrameMs: number;
	readonly windowSize: number;
	readonly headroom: number;
	readonly fallbackWindows: number;
	readonly enabled: boolean;
	private readonly baseUpWindows: number;
	private upWindowsNeeded: number;
	private samples: number[] = [];
	private levelIndex: number;
	private goodStreak = 0;
	private badAtLowest = 0;
	private windowsSinceUp = Infinity;
	private windowCount = 0;
	private lastMedian: number | null = null;

	constructor(options: GovernorOptions = {}) {
		this.budgetMs = options.budgetMs ?? 1000 / 60;
		this.minFrameMs = 1000 / (options.minFps ?? 30);
		this.windowSize = Math.max(1, Math.floor(options.windowSize ?? 20));
		this.headroom = options.headroom ?? 0.6;
		this.baseUpWindows = Math.max(1, options.upWindows ?? 3);
		this.upWindowsNeeded = this.baseUpWindows;
		this.fallbackWindows = Math.max(1, options.fallbackWindows ?? 2);
		this.enabled = options.enabled ?? true;
		this.levelIndex = clampLevel(options.level ?? 0);
	}

	get level(): number {
		return this.levelIndex;
	}

	get quality(): QualityLevel {
		return QUALITY_LEVELS[this.levelIndex];
	}

	get lowest(): boolean {
		return this.levelIndex === QUALITY_LEVELS.length - 1;
	}

	state(): GovernorState {
		return {
			level: this.levelIndex,
			quality: this.quality,
			lastMedianMs: this.lastMedian,
			windows: this.windowCount,
			goodStreak: this.goodStreak,
			upWindowsNeeded: this.upWindowsNeeded,
			enabled: this.enabled
		};
	}

	/** Adds one frame time; returns an event when a window closes with a decision. */
	addFrame(ms: number): GovernorEvent | null {
		if (!Number.isFinite(ms) || ms < 0) return null;
		this.samples.push(ms);
		if (this.samples.length < this.windowSize) return null;
		const m = median(this.samples);
		this.samples = [];
		this.windowCount++;
		this.windowsSinceUp++;
		this.lastMedian = m;
		if (!this.enabled) return null;
		return this.decide(m);
	}

	/** Back to the start after the person asks to try 3D again. */
	reset(level = 0): void {
		this.samples = [];
		this.levelIndex = clampLevel(level);
		this.goodStreak = 0;
		this.badAtLowest = 0;
		this.upWindowsNeeded = this.baseUpWindows;
		this.windowsSinceUp = Infinity;
	}

	private decide(m: number): GovernorEvent | null {
		if (m > this.budgetMs) {
			this.goodStreak = 0;
			if (!this.lowest) {
				// A step down right after a step up means the upper level cannot hold: be slower
				// to try it again.
				if (this.windowsSinceUp <= this.upWindowsNeeded) {
					this.upWindowsNeeded = Math.min(MAX_UP_WINDOWS, this.upWindowsNeeded * 2);
				}
				this.levelIndex++;
				this.badAtLowest = 0;
				return { type: 'down', level: this.levelIndex, medianMs: m };
			}
			if (m > this.minFrameMs) {
				this.badAtLowest++;
				if (this.badAtLowest >= this.fallbackWindows) {
					this.badAtLowest = 0;
					return { type: 'fallback', level: this.levelIndex, medianMs: m };
				}
			} else {
				this.badAtLowest = 0;
			}
			return null;
		}
		this.badAtLowest = 0;
		if (m < this.budgetMs * this.headroom) {
			this.goodStreak++;
			if (this.goodStreak >= this.upWindowsNeeded && this.levelIndex > 0) {
				this.goodStreak = 0;
				this.levelIndex--;
				this.windowsSinceUp = 0;
				return { type: 'up', level: this.levelIndex, medianMs: m };
			}
		} else {
			this.goodStreak = 0; // inside the dead band: hold
		}
		return null;
	}
}

function clampLevel(level: number): number {
	return Math.min(QUALITY_LEVELS.length - 1, Math.max(0, Math.floor(level)));
}
