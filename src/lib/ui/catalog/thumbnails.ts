/**
 * Thumbnails rendered from the catalog's own 3D models (and finish swatches from the finish
 * materials) with three's WebGPURenderer — on WebGPU or on its WebGL2 backend — into one small
 * offscreen canvas, copied out as PNG data URLs and cached. Browser only; load with `import()`
 * so pages without thumbnails do not download three.
 */
import {
	Color,
	DirectionalLight,
	HemisphereLight,
	Mesh,
	MeshStandardNodeMaterial,
	PerspectiveCamera,
	PlaneGeometry,
	Scene,
	WebGPURenderer,
	type Material
} from 'three/webgpu';
import { attribute, mix, uniform } from 'three/tsl';
import { PART_MATERIALS, getFinish, type CatalogItem } from '../../catalog';
import { catalogGeometry } from '../../render/three/catalog-models';
import { sharedFinishMaterial } from '$shaders/finishes';

export type ThumbnailTier = 'webgpu' | 'webgl';

/** Real size the swatch plane shows, in cm (uvs are in cm). */
const SWATCH_CM = 120;

const cache = new Map<string, string>();

export class ThumbnailRenderer {
	private readonly scene = new Scene();
	private readonly camera = new PerspectiveCamera(28, 1, 1, 10_000);
	private readonly pieceColor = uniform(new Color());
	private readonly solid = new MeshStandardNodeMaterial();
	private readonly glass = new MeshStandardNodeMaterial();
	private readonly out: HTMLCanvasElement;
	private readonly ctx: CanvasRenderingContext2D;

	private constructor(
		readonly renderer: WebGPURenderer,
		readonly tier: ThumbnailTier,
		readonly size: number
	) {
		const own = attribute('color', 'vec3');
		this.solid.colorNode = mix(own, this.pieceColor, attribute('tint', 'float'));
		this.solid.roughness = 0.7;
		this.glass.colorNode = own;
		this.glass.transparent = true;
		this.glass.opacity = 0.4;
		this.glass.roughness = 0.1;
		this.scene.add(new HemisphereLight('#ffffff', '#8d8a84', 2.2));
		const sun = new DirectionalLight('#ffffff', 2.2);
		sun.position.set(0.6, 1, 0.9);
		this.scene.add(sun);
		this.out = document.createElement('canvas');
		this.out.width = this.out.height = size;
		this.ctx = this.out.getContext('2d')!;
	}

	/** A renderer for `size`-pixel square thumbnails on a tier (throws if it cannot start). */
	static async create(tier: ThumbnailTier, size = 96): Promise<ThumbnailRenderer> {
		const canvas = document.createElement('canvas');
		const renderer = new WebGPURenderer({
			canvas,
			antialias: true,
			alpha: true,
			forceWebGL: tier === 'webgl'
		});
		await renderer.init();
		renderer.setPixelRatio(1);
		renderer.setSize(size, size, false);
		renderer.setClearColor(0x000000, 0);
		return new ThumbnailRenderer(renderer, tier, size);
	}

	/** Copies the frame just drawn out of the (WebGPU or WebGL) canvas, in the same task. */
	private snapshot(): string {
		this.ctx.clearRect(0, 0, this.size, this.size);
		this.ctx.drawImage(this.renderer.domElement, 0, 0, this.size, this.size);
		return this.out.toDataURL('image/png');
	}

	private draw(mesh: Mesh): string {
		this.scene.add(mesh);
		try {
			this.renderer.render(this.scene, this.camera);
			return this.snapshot();
		} finally {
			this.scene.remove(mesh);
		}
	}

	/** PNG data URL of an item's model at its default size, from the front-right, above. */
	item(item: CatalogItem, color = item.color): string {
		const key = `${this.tier}|${this.size}|item|${item.id}|${color}`;
		const hit = cache.get(key);
		if (hit) return hit;
		const materials: Material[] = PART_MATERIALS.map((m) =>
			m === 'glass' ? this.glass : this.solid
		);
		this.pieceColor.value.set(color);
		const mesh = new Mesh(catalogGeometry(item.id), materials);
		mesh.scale.set(item.width, item.height, item.depth);
		const r = 0.5 * Math.hypot(item.width, item.height, item.depth);
		const distance = r / Math.sin((this.camera.fov * Math.PI) / 360);
		this.camera.position.set(0.55, 0.5, 0.85).normalize().multiplyScalar(distance);
		this.camera.position.y += item.height / 2;
		this.camera.near = distance / 20;
		this.camera.far = distance * 3;
		this.camera.updateProjectionMatrix();
		this.camera.lookAt(0, item.height / 2, 0);
		const url = this.draw(mesh);
		cache.set(key, url);
		return url;
	}

	/** PNG data URL of a finish on a 1.2 m square seen at an angle, lit like a room. */
	swatch(finishId: string): string {
		const key = `${this.tier}|${this.size}|finish|${finishId}`;
		const hit = cache.get(key);
		if (hit) return hit;
		const finish = getFinish(finishId);
		if (!finish) throw new Error(`There is no finish "${finishId}".`);
		// One material per kind (its shader is built once); the mesh names its finish.
		const material = sharedFinishMaterial(finish.kind);
		const plane = new PlaneGeometry(SWATCH_CM, SWATCH_CM);
		const uv = plane.getAttribute('uv');
		for (let i = 0; i < uv.count; i++) uv.setXY(i, uv.getX(i) * SWATCH_CM, uv.getY(i) * SWATCH_CM);
		const mesh = new Mesh(plane, material);
		mesh.userData.finishId = finishId;
		mesh.rotation.x = -0.35;
		this.camera.position.set(0, 0, SWATCH_CM * 2.1);
		this.camera.near = 10;
		this.camera.far = SWATCH_CM * 5;
		this.camera.updateProjectionMatrix();
		this.camera.lookAt(0, 0, 0);
		try {
			const url = this.draw(mesh);
			cache.set(key, url);
			return url;
		} finally {
			plane.dispose();
		}
	}

	dispose(): void {
		this.solid.dispose();
		this.glass.dispose();
		this.renderer.dispose();
	}
}

/** Thumbnails already drawn in this page (for tests and the benchmark). */
export function cachedThumbnails(): number {
	return cache.size;
}

export function clearThumbnailCache(): void {
	cache.clear();
}
