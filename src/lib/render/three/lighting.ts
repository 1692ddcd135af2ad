/**
 * Daylight: a sun placed by time of day and the plan's north and a sky/ground hemisphere light
 * (the ambient and interior light). Shadows come from the sun only. Every extra light would be
 * compiled into every shader, so "effects" only change intensities, never the set of lights.
 */
import { Box3, DirectionalLight, Group, HemisphereLight, Vector3 } from 'three';

/**
 * Only objects on this layer cast sun shadows: cheap stand-ins (one merged mesh per level for
 * walls and floors, one instanced box per furniture piece) instead of every visible mesh, so
 * the shadow pass costs a couple of draw calls.
 */
export const SHADOW_LAYER = 1;

export interface SunPosition {
	/** Unit vector towards the sun in 3D (y up). */
	direction: Vector3;
	/** Elevation above the horizon, radians. */
	elevation: number;
}

/**
 * A simple solar path (equinox at mid latitude): azimuth 15° per hour from south at noon,
 * elevation peaking at 55°. `north` is the plan's north, clockwise from the plan's up (−y).
 */
export function sunPosition(hour: number, north: number): SunPosition {
	const azimuth = Math.PI + ((hour - 12) * Math.PI) / 12; // clockwise from north
	const dayPhase = Math.sin((Math.PI * (hour - 6)) / 12);
	const elevation = Math.max((12 * Math.PI) / 180, ((55 * Math.PI) / 180) * dayPhase);
	const a = north + azimuth;
	// Clockwise on a y-down plan turns up (0, −1) towards (sin a, −cos a); plan y → 3D z.
	const horizontal = Math.cos(elevation);
	const direction = new Vector3(
		Math.sin(a) * horizontal,
		Math.sin(elevation),
		-Math.cos(a) * horizontal
	).normalize();
	return { direction, elevation };
}

/** The hemisphere's ground colour from outside (earth) and inside (bounce off pale rooms). */
const OUTDOOR_GROUND = '#8c8478';
const INTERIOR_BOUNCE = '#f2ede4';
/**
 * Inside: the bounce is stronger than the sky part (ceilings see only the bounce, walls half
 * of each, floors mostly sky), so ceilings come out light without washing out the walls.
 */
const INTERIOR_BOUNCE_GAIN = 1.35;
const INTERIOR_BOOST = 1.25;

export class Lighting {
	readonly group = new Group();
	readonly sun = new DirectionalLight('#fff4e0', 2.4);
	readonly sky = new HemisphereLight('#dfeaff', OUTDOOR_GROUND, 1.1);
	private hour = 15;
	private north = 0;
	private bounds = new Box3(new Vector3(-500, 0, -500), new Vector3(500, 300, 500));
	/** Shadows the quality asks for (whether or not they are held back). */
	private wanted = true;
	/**
	 * Held back while the view draws its first frame: without the shadow pass it compiles one
	 * program fewer and smaller ones, so the house shows sooner; shadows follow a frame later.
	 */
	private held = false;
	private effects = true;
	private interior = false;

	constructor() {
		this.group.name = 'lighting';
		this.sun.castShadow = true;
		this.sun.shadow.camera.layers.set(SHADOW_LAYER);
		this.sun.shadow.bias = -0.0005;
		this.sun.shadow.normalBias = 2;
		this.group.add(this.sun, this.sun.target, this.sky);
		this.place();
	}

	setSun(hour: number, north: number): void {
		this.hour = hour;
		this.north = north;
		this.place();
	}

	/** Fits the sun's shadow camera around the scene. */
	setBounds(bounds: Box3): void {
		if (bounds.isEmpty()) return;
		this.bounds.copy(bounds);
		this.place();
	}

	setQuality(shadows: boolean, shadowMapSize: number, effects: boolean): void {
		this.wanted = shadows && shadowMapSize > 0;
		this.sun.castShadow = this.wanted && !this.held;
		if (this.wanted && this.sun.shadow.mapSize.x !== shadowMapSize) {
			this.sun.shadow.mapSize.set(shadowMapSize, shadowMapSize);
			this.sun.shadow.map?.dispose();
			this.sun.shadow.map = null;
		}
		this.effects = effects;
		this.applyIntensities();
	}

	/**
	 * Walking inside (true) or looking from outside. From above, the hemisphere's ground colour
	 * is the earth around the house. Inside, what lights a ceiling is light bounced off floors
	 * and walls: a ceiling lit by that earth brown looks dirty grey-brown, so while walking the
	 * ground colour is a pale room bounce and the hemisphere a little stronger. Same lights
	 * (no new shader programs), other colours.
	 */
	setInterior(inside: boolean): void {
		this.interior = inside;
		this.applyIntensities();
	}

	private applyIntensities(): void {
		// Without effects the hemisphere light alone lights the rooms a little more evenly.
		const sky = this.effects ? 1.1 : 1.5;
		this.sky.intensity = this.interior ? sky * INTERIOR_BOOST : sky;
		if (this.interior)
			this.sky.groundColor.set(INTERIOR_BOUNCE).multiplyScalar(INTERIOR_BOUNCE_GAIN);
		else this.sky.groundColor.set(OUTDOOR_GROUND);
		this.sun.intensity = this.effects ? 2.4 : 2;
	}

	/** Holds shadows back (true) or lets them be drawn again when the quality wants them. */
	holdShadows(hold: boolean): void {
		this.held = hold;
		this.sun.castShadow = this.wanted && !hold;
	}

	/** Size of the shadow map the quality asks for; 0 without shadows. */
	get shadowMapSize(): number {
		return this.wanted ? this.sun.shadow.mapSize.x : 0;
	}

	private place(): void {
		const { direction } = sunPosition(this.hour, this.north);
		const centre = this.bounds.getCenter(new Vector3());
		const size = this.bounds.getSize(new Vector3());
		const radius = Math.max(300, size.length() / 2);
		this.sun.target.position.copy(centre);
		this.sun.position.copy(centre).addScaledVector(direction, radius * 2);
		const cam = this.sun.shadow.camera;
		cam.left = -radius;
		cam.right = radius;
		cam.top = radius;
		cam.bottom = -radius;
		cam.near = radius * 0.5;
		cam.far = radius * 4;
		cam.updateProjectionMatrix();
	}
}
