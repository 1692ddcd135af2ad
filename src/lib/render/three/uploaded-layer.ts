/**
 * Pieces that use the person's own glTF model (PlanDocument.models): each file is parsed once
 * (GLTFLoader, loaded on demand so designs without uploads never download it), then every piece
 * gets a clone fitted to its box (`placeUploadedModel`, the exporters' placement). Clones share
 * the parsed geometry and materials, so a piece adds draw calls but no GPU buffers; the merged
 * catalog furniture is untouched. Until a model is parsed (or if it fails) the furniture layer
 * keeps drawing the piece as a box: `drawn(piece)` says which pieces this layer has taken over.
 *
 * Parsed materials become `selectableMaterial`s: a selected piece is tinted and glows like the
 * merged furniture, through a per-object uniform, so clones still share every material. Sun
 * shadows come from the pieces' fitted boxes in the level's shadow stand-in (`boxesOf`), not
 * from the clones: they would add a draw call each to the shadow pass.
 */
import {
	Group,
	Matrix4,
	Mesh,
	Quaternion,
	Vector3,
	type Material,
	type Object3D,
	type Texture
} from 'three';
import { selectableMaterial } from '$shaders/materials';
import type { Furniture, PlanDocument, UploadedModel } from '../../plan/types';

type Loader = typeof import('../../io/three/uploaded-models');

interface Source {
	/** The model record it was parsed from: a replaced record is parsed again. */
	model: UploadedModel;
	object: Object3D | null;
	failed: boolean;
}

interface Placed {
	piece: Furniture;
	base: number;
	object: Object3D;
}

export class UploadedLayer {
	readonly group = new Group();
	private sources = new Map<string, Source>();
	private placed = new Map<string, Placed>();
	private loader: Promise<Loader> | null = null;
	private selection: ReadonlySet<string> = new Set();
	/** Levels whose placed clones were added, moved or removed by the last `update`. */
	changedLevels = new Set<string>();

	/** `onReady` runs when a model finishes parsing, so the owner can rebuild and redraw. */
	constructor(private onReady: () => void) {
		this.group.name = 'uploaded-models';
	}

	/** Whether this layer draws the piece (its model is parsed). */
	drawn = (piece: Furniture): boolean => !!this.sources.get(piece.catalogId)?.object;

	update(doc: PlanDocument, visible: (level: string) => boolean): void {
		this.changedLevels = new Set();
		const models = doc.models ?? {};
		const used = new Set<string>();
		for (const f of Object.values(doc.furniture)) {
			if (f.catalogId in models) used.add(f.catalogId);
		}
		// Parse models newly in use; forget (and free) those no longer used or replaced.
		for (const [id, source] of [...this.sources]) {
			const model = models[id as keyof typeof models];
			if (!used.has(id) || model !== source.model) this.forget(id, source);
		}
		for (const id of used) {
			if (!this.sources.has(id)) this.parse(models[id as keyof typeof models]);
		}
		// One clone per piece whose model is ready; re-placed when the piece or its level moves.
		const keep = new Set<string>();
		for (const f of Object.values(doc.furniture)) {
			const source = this.sources.get(f.catalogId)?.object;
			if (!source) continue;
			keep.add(f.id);
			const base = doc.levels[f.level as keyof typeof doc.levels]?.elevation ?? 0;
			const old = this.placed.get(f.id);
			if (!old || old.piece !== f || old.base !== base || old.object.userData.source !== source) {
				if (old) {
					this.group.remove(old.object);
					this.changedLevels.add(old.piece.level);
				}
				this.place(f, base, source);
				this.changedLevels.add(f.level);
			}
			this.placed.get(f.id)!.object.visible = visible(f.level);
		}
		for (const [id, p] of [...this.placed]) {
			if (!keep.has(id)) {
				this.group.remove(p.object);
				this.placed.delete(id);
				this.changedLevels.add(p.piece.level);
			}
		}
	}

	/** Highlights the selected pieces' clones (a flag their shared materials read per mesh). */
	setSelection(ids: ReadonlySet<string>): void {
		this.selection = ids;
		for (const p of this.placed.values()) this.paint(p);
	}

	private paint(p: Placed): void {
		const on = this.selection.has(p.piece.id);
		p.object.traverse((o) => {
			if (o instanceof Mesh) o.userData.highlight = on;
		});
	}

	/**
	 * The fitted boxes of a level's placed pieces (unit box with its base at the origin → the
	 * piece's footprint, height, turn and place), for the level's shadow stand-in.
	 */
	boxesOf(level: string): Matrix4[] {
		const out: Matrix4[] = [];
		for (const { piece: f, base } of this.placed.values()) {
			if (f.level !== level) continue;
			const q = new Quaternion().setFromAxisAngle(UP, -f.rotation);
			const s = new Vector3(
				Math.max(f.width, 0.1),
				Math.max(f.height, 0.1),
				Math.max(f.depth, 0.1)
			);
			out.push(new Matrix4().compose(new Vector3(f.x, base + f.elevation, f.y), q, s));
		}
		return out;
	}

	private place(f: Furniture, base: number, source: Object3D): void {
		const object = this.loaded!.placeUploadedModel(source, f, base);
		object.userData.source = source;
		object.traverse((o) => {
			o.userData.furnitureId = f.id;
			if (o instanceof Mesh) o.receiveShadow = true;
		});
		this.group.add(object);
		const placed = { piece: f, base, object };
		this.placed.set(f.id, placed);
		this.paint(placed);
	}

	private loaded: Loader | null = null;

	private parse(model: UploadedModel): void {
		const source: Source = { model, object: null, failed: false };
		this.sources.set(model.id, source);
		this.loader ??= import('../../io/three/uploaded-models');
		this.loader
			.then(async (loader) => {
				this.loaded = loader;
				const object = await loader.parseUploadedModel(model);
				// Dropped or replaced while parsing: free it at once.
				if (this.sources.get(model.id) !== source) return disposeObject(object);
				useSelectableMaterials(object);
				source.object = object;
				this.onReady();
			})
			.catch(() => {
				// Checked when uploaded; if this browser's loader refuses it now, it stays a box.
				source.failed = true;
			});
	}

	private forget(id: string, source: Source): void {
		this.sources.delete(id);
		if (source.object) disposeObject(source.object);
		for (const [pid, p] of [...this.placed]) {
			if (p.object.userData.source === source.object) {
				this.group.remove(p.object);
				this.placed.delete(pid);
				this.changedLevels.add(p.piece.level);
			}
		}
	}

	/** The furniture id of a raycast hit on one of this layer's meshes. */
	idOf(object: Object3D): string | null {
		const id = object.userData.furnitureId as string | undefined;
		// Clones on hidden levels are hidden as a whole (their meshes keep `visible`).
		return id && this.placed.get(id)?.object.visible ? id : null;
	}

	/** Draw calls this layer adds (meshes of visible clones). */
	get meshCount(): number {
		let n = 0;
		for (const p of this.placed.values()) {
			if (!p.object.visible) continue;
			p.object.traverse((o) => {
				if (o instanceof Mesh) n++;
			});
		}
		return n;
	}

	dispose(): void {
		for (const [id, s] of [...this.sources]) this.forget(id, s);
		this.group.clear();
	}
}

const UP = new Vector3(0, 1, 0);

/** Swaps a parsed model's materials for highlightable copies (each once; clones share them). */
function useSelectableMaterials(root: Object3D): void {
	const copies = new Map<Material, Material>();
	const copy = (m: Material) => {
		let c = copies.get(m);
		if (!c) copies.set(m, (c = selectableMaterial(m)));
		return c;
	};
	root.traverse((o) => {
		if (!(o instanceof Mesh)) return;
		o.material = Array.isArray(o.material) ? o.material.map(copy) : copy(o.material);
	});
	// The originals were never drawn: only their (now shared) textures held GPU memory.
	for (const [m, c] of copies) if (c !== m) m.dispose();
}

/** Frees the GPU resources of a parsed model (its clones share them). */
function disposeObject(root: Object3D): void {
	root.traverse((o) => {
		if (!(o instanceof Mesh)) return;
		o.geometry.dispose();
		const materials: Material[] = Array.isArray(o.material) ? o.material : [o.material];
		for (const m of materials) {
			for (const value of Object.values(m)) {
				if (value && (value as Texture).isTexture) (value as Texture).dispose();
			}
			m.dispose();
		}
	});
}
