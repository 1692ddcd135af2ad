/**
 * The 3D scene of a plan document, independent of Svelte: plan buckets, openings, furniture,
 * ground and lights under one root group. View3D drives it (document, level display, selection,
 * quality) and renders on demand; the benchmark drives the same class.
 */
import {
	Box3,
	Group,
	Mesh,
	PlaneGeometry,
	type Material,
	type Object3D,
	type Raycaster
} from 'three';
import type { Furniture, PlanDocument } from '../../plan/types';
import { getItem } from '../../catalog';
import type { QualityLevel } from '../governor';
import type { RenderFlags } from '../flags';
import { shadowCasterMaterial } from '$shaders/materials';
import { idAtTriangle, type IdRange } from './box-builder';
import { LookArrays, MaterialLibrary, highlightOf, lookOf } from './finishes';
import { FurnitureLayer } from './furniture-layer';
import { Lighting } from './lighting';
import { buildOpenings } from './openings';
import { PlanLayer } from './plan-layer';
import { PlanSource } from './plan-source';
import { ShadowProxies } from './shadow-proxies';
import { UploadedLayer } from './uploaded-layer';

export type LevelDisplay = 'all' | 'current' | 'below';

export interface SceneStats {
	/** Records rebuilt by the last document update (geometry cache + furniture). */
	rebuiltIds: number;
	/** Merged plan buckets replaced by the last update. */
	bucketsReplaced: number;
	planMeshes: number;
	furnitureMeshes: number;
	furnitureLod: 0 | 1;
	estimatedTriangles: number;
	updates: number;
}

export interface SceneOptions {
	flags: Pick<RenderFlags, 'instancing' | 'lod' | 'maxTriangles' | 'maxTextureSize'>;
	/** Benchmark baseline: one mesh per wall/room instead of merged buckets. */
	merge?: boolean;
	/** Called when something finished loading after `setDocument` (an uploaded model). */
	onChange?: () => void;
}

const DEFAULT_FURNITURE_COLOUR = '#b9ad9c';

function colourOf(piece: Furniture): string {
	return getItem(piece.catalogId)?.color ?? DEFAULT_FURNITURE_COLOUR;
}

export class SceneModel {
	readonly root = new Group();
	readonly lighting = new Lighting();
	private materials = new MaterialLibrary();
	private shadowMat: Material = shadowCasterMaterial();
	private plan: PlanLayer;
	private proxies: ShadowProxies;
	private furniture: FurnitureLayer;
	private uploaded: UploadedLayer;
	private source: PlanSource;
	private ground: Mesh;
	private openingsSolid: Mesh | null = null;
	private openingsGlass: Mesh | null = null;
	private openingRanges: { solid: IdRange[]; glass: IdRange[] } = { solid: [], glass: [] };
	private doc: PlanDocument | null = null;
	private display: LevelDisplay = 'all';
	private currentLevel: string | null = null;
	private ceilings = false;
	private qualityLod: 0 | 1 = 0;
	private selection: ReadonlySet<string> = new Set();
	readonly stats: SceneStats = {
		rebuiltIds: 0,
		bucketsReplaced: 0,
		planMeshes: 0,
		furnitureMeshes: 0,
		furnitureLod: 0,
		estimatedTriangles: 0,
		updates: 0
	};

	constructor(private options: SceneOptions) {
		this.root.name = 'house';
		this.plan = new PlanLayer(this.materials, this.useProxies);
		this.furniture = new FurnitureLayer(this.materials.surface, this.materials.glass, {
			instancing: options.flags.instancing,
			colorOf: colourOf
		});
		this.proxies = new ShadowProxies(this.shadowMat);
		this.uploaded = new UploadedLayer(() => {
			// A model finished parsing: it replaces its pieces' boxes.
			if (!this.doc) return;
			this.rebuildFurniture();
			this.rebuildProxies(this.furnitureLevels());
			this.lighting.setBounds(this.bounds());
			options.onChange?.();
		});
		this.source = new PlanSource({ merge: options.merge ?? true });
		const plane = new PlaneGeometry(20000, 20000);
		const ground = new LookArrays(4);
		ground.write(lookOf('ground'));
		ground.attach(plane);
		this.ground = new Mesh(plane, this.materials.surface);
		this.ground.rotation.x = -Math.PI / 2;
		this.ground.position.y = -0.5;
		this.ground.receiveShadow = true;
		this.ground.name = 'ground';
		this.root.add(
			this.ground,
			this.plan.group,
			this.furniture.group,
			this.uploaded.group,
			this.proxies.group,
			this.lighting.group
		);
	}

	/** Whether a level is shown under the current level display. */
	visible = (level: string): boolean => {
		if (this.display === 'all' || !this.doc || !this.currentLevel) return true;
		if (level === this.currentLevel) return true;
		if (this.display === 'current') return false;
		const levels = this.doc.levels as Record<string, { order: number }>;
		return (levels[level]?.order ?? 0) < (levels[this.currentLevel]?.order ?? 0);
	};

	setDocument(doc: PlanDocument): void {
		this.doc = doc;
		const { structure, ceilings, rebuiltIds } = this.source.update(doc);
		let replaced = this.plan.setBuckets('structure', structure);
		replaced += this.plan.setBuckets('ceiling', ceilings);
		this.stats.bucketsReplaced = replaced;
		this.rebuildOpenings();
		this.rebuildFurniture();
		this.rebuildProxies(new Set([...this.plan.takeTouchedLevels(), ...this.furnitureLevels()]));
		this.stats.rebuiltIds = rebuiltIds + this.furniture.lastRebuilt;
		this.stats.updates++;
		this.applyVisibility();
		this.lighting.setSun(15, doc.north);
		this.lighting.setBounds(this.bounds());
	}

	setLevelDisplay(display: LevelDisplay, current: string | null): void {
		if (display === this.display && current === this.currentLevel) return;
		this.display = display;
		this.currentLevel = current;
		if (!this.doc) return;
		this.applyVisibility();
		this.rebuildOpenings();
		this.rebuildFurniture();
	}

	/**
	 * Holds back what the first frame can do without: the sun's shadows and glass. Each needs
	 * a shader program of its own, and on software renderers every program delays the first
	 * picture by a few hundred milliseconds; the frame after it draws them.
	 */
	holdFirstFrameExtras(hold: boolean): void {
		this.lighting.holdShadows(hold);
		this.materials.glass.visible = !hold;
	}

	/** Ceilings are hidden from above (they would hide the rooms) and shown when walking. */
	setCeilings(show: boolean): void {
		this.ceilings = show;
		// Inside, ceilings face the floor's bounce light rather than the ground outside.
		this.lighting.setInterior(show);
		this.applyVisibility();
	}

	setSelection(ids: ReadonlySet<string>): void {
		this.selection = ids;
		this.plan.setSelection(ids);
		this.furniture.setSelection(ids);
		this.uploaded.setSelection(ids);
		this.paintOpenings();
	}

	setQuality(q: QualityLevel): void {
		const size = Math.min(q.shadowMapSize, this.options.flags.maxTextureSize);
		this.lighting.setQuality(q.shadows, size, q.effects);
		if (q.lod !== this.qualityLod) {
			this.qualityLod = q.lod;
			if (this.doc) {
				this.rebuildFurniture();
				this.rebuildProxies(new Set(Object.keys(this.doc.levels)));
			}
		}
	}

	/**
	 * Level of detail of the furniture: simplified boxes when the governor asks for it or when
	 * the detailed models would exceed the triangle budget — never with PUBLIC_LOD=false.
	 */
	private furnitureLod(doc: PlanDocument): 0 | 1 {
		const { lod, maxTriangles } = this.options.flags;
		if (!lod) return 0;
		if (this.qualityLod === 1) return 1;
		const planTriangles = this.source.triangles(this.visible);
		const detailed = FurnitureLayer.triangles(doc, this.visible, 0);
		return planTriangles + detailed > maxTriangles ? 1 : 0;
	}

	/** With merging on, stand-ins cast the shadows (see ShadowProxies); else every mesh does. */
	private get useProxies(): boolean {
		return this.options.merge ?? true;
	}

	private rebuildProxies(levels: Set<string>): void {
		if (!this.doc || !this.useProxies) return;
		for (const level of levels) {
			// Batched furniture casts with its real models (table legs, chair backs); without
			// batching every piece casts its own shadow.
			const furniture = this.options.flags.instancing ? this.furniture.castersOf(level) : [];
			// Pieces with their own uploaded model cast with their fitted boxes.
			const boxes = this.uploaded.boxesOf(level);
			this.proxies.rebuild(level, [...this.plan.structure(level), ...furniture], boxes);
		}
		this.proxies.setVisibility(this.visible);
	}

	/** Levels whose furniture (catalog or uploaded) changed in the last rebuild. */
	private furnitureLevels(): Set<string> {
		return new Set([...this.furniture.changedLevels, ...this.uploaded.changedLevels]);
	}

	private rebuildFurniture(): void {
		if (!this.doc) return;
		this.uploaded.update(this.doc, this.visible);
		// Pieces drawn from their uploaded model leave the merged catalog furniture.
		const catalog = this.catalogFurniture(this.doc);
		const lod = this.furnitureLod(catalog);
		this.furniture.update(catalog, this.visible, lod);
		this.furniture.setSelection(this.selection);
		this.stats.furnitureLod = lod;
		this.stats.furnitureMeshes = this.furniture.meshCount + this.uploaded.meshCount;
		this.stats.estimatedTriangles =
			this.source.triangles(this.visible) + FurnitureLayer.triangles(catalog, this.visible, lod);
	}

	/** The document without the pieces the uploaded-model layer draws. */
	private catalogFurniture(doc: PlanDocument): PlanDocument {
		const pieces = Object.values(doc.furniture);
		if (!pieces.some(this.uploaded.drawn)) return doc;
		const furniture = Object.fromEntries(
			pieces.filter((f) => !this.uploaded.drawn(f)).map((f) => [f.id, f])
		) as PlanDocument['furniture'];
		return { ...doc, furniture };
	}

	private rebuildOpenings(): void {
		if (!this.doc) return;
		for (const m of [this.openingsSolid, this.openingsGlass]) {
			if (!m) continue;
			this.root.remove(m);
			m.geometry.dispose();
		}
		const { solid, glass } = buildOpenings(this.doc, this.visible);
		// Plain meshes with the scene's one surface material: one shader program for all.
		const single = (b: typeof solid, material: Material) => new Mesh(b.build(), material);
		this.openingsSolid = solid.triangleCount ? single(solid, this.materials.surface) : null;
		this.openingsGlass = glass.triangleCount ? single(glass, this.materials.glass) : null;
		this.openingRanges = { solid: solid.ranges, glass: glass.ranges };
		if (this.openingsSolid) {
			this.openingsSolid.name = 'openings';
			this.openingsSolid.receiveShadow = true;
			this.root.add(this.openingsSolid);
		}
		if (this.openingsGlass) {
			this.openingsGlass.name = 'glass';
			this.root.add(this.openingsGlass);
		}
		this.paintOpenings();
	}

	private paintOpenings(): void {
		const mesh = this.openingsSolid;
		if (!mesh) return;
		const attr = highlightOf(mesh.geometry);
		const data = attr.array as Float32Array;
		data.fill(0);
		for (const r of this.openingRanges.solid) {
			if (this.selection.has(r.id)) data.fill(1, r.vertexStart, r.vertexEnd);
		}
		attr.needsUpdate = true;
	}

	private applyVisibility(): void {
		this.plan.setVisibility(this.visible, this.ceilings);
		this.proxies.setVisibility(this.visible);
		this.stats.planMeshes = this.plan.meshCount;
	}

	/** Objects a click can hit (the ground and glass are not pickable). */
	pickables(): Object3D[] {
		const list: Object3D[] = [this.plan.group, this.furniture.group, this.uploaded.group];
		if (this.openingsSolid) list.push(this.openingsSolid);
		return list;
	}

	/** The plan record under a ray, or null. */
	pick(raycaster: Raycaster): string | null {
		const hits = raycaster.intersectObjects(this.pickables(), true);
		for (const hit of hits) {
			if (!hit.object.visible) continue;
			const id =
				this.plan.idOf(hit.object, hit.faceIndex) ??
				this.furniture.idOf(hit.object, hit.faceIndex) ??
				this.uploaded.idOf(hit.object) ??
				(hit.object === this.openingsSolid && hit.faceIndex != null
					? idAtTriangle(this.openingRanges.solid, hit.faceIndex)
					: null);
			if (id) return id;
		}
		return null;
	}

	/** Bounding box of what is shown (for zoom to fit and the shadow camera). */
	bounds(): Box3 {
		const box = new Box3();
		for (const group of [this.plan.group, this.furniture.group, this.uploaded.group]) {
			group.updateMatrixWorld(true);
			for (const child of group.children) {
				if (child.visible) box.expandByObject(child);
			}
		}
		return box;
	}

	dispose(): void {
		this.plan.dispose();
		this.proxies.dispose();
		this.furniture.dispose();
		this.uploaded.dispose();
		this.materials.dispose();
		this.shadowMat.dispose();
		this.ground.geometry.dispose();
		this.openingsSolid?.geometry.dispose();
		this.openingsGlass?.geometry.dispose();
	}
}
