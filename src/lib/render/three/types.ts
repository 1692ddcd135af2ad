/** Shapes shared by the 3D view, its host and the test hook. */
import type { SceneStats } from './scene-model';

/** What every rendered frame reports (for the governor, the debug overlay and tests). */
export interface FrameStats {
	frame: number;
	/** Frame time sample: the interval between back-to-back frames, else the render time. */
	frameMs: number;
	/** CPU time spent inside renderer.render(). */
	renderCpuMs: number;
	/** renderer.info of that frame (shadow passes included). */
	drawCalls: number;
	triangles: number;
	scene: SceneStats;
	shadowMapSize: number;
	pixelRatio: number;
}

/** Handles the 3D view gives its host once the scene exists. */
export interface ViewControls {
	fit(): void;
	invalidate(): void;
	/** Canvas pixel of a plan point at a height (cm). */
	project(x: number, y: number, height: number): { x: number; y: number };
	/** Orbit camera at `from` (3D cm) looking at a plan point at a height. */
	lookAt(x: number, y: number, height: number, from: [number, number, number]): void;
	walkTo(x: number, y: number, yaw: number): void;
	walkState(): { x: number; y: number; yaw: number; pitch: number };
	pressKey(code: string, down: boolean): void;
}
