/**
 * Pieces that use the person's own glTF model (PlanDocument.models): each file is parsed once
 * (GLTFLoader, loaded on demand so designs without uploads never download it), then every piece
 * gets a clone fitted to its box (`placeUploadedModel`, the exporters' placement). Clones share
 * the parsed geometry and materials, so a piece adds draw calls but no GPU buffers; the merged
 * catalog furniture is untouched. Until a model is parsed (or if it fails) the furniture layer
 * keeps drawing the piece as a box: `drawn(piece)` says which pieces this layer has taken over.
 */
import { Group, Mesh, type Material, type Object3D, type Texture } from 'three';
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

	/** `onReady` runs when a model finishes parsing, so the owner can rebuild and redraw. */
	constructor(private onReady: () => void) {
		this.group.name = 'uploaded-models';
	}

	/** Whether this layer draws the piece (its model is parsed). */
	drawn = (piece: Furniture): boolean => !!this.sources.get(piece.catalogId)?.object;

	update(doc: PlanDocument, visible: (level: string) => boolean): void {
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
				if (old) this.group.remove(old.object);
				this.place(f, base, source);
			}
			this.placed.get(f.id)!.object.visible = visible(f.level);
		}
		for (const [id, p] of [...this.placed]) {
			if (!keep.has(id)) {
				this.group.remove(p.object);
				this.placed.delete(id);
			}
		}
	}

	private place(f: Furniture, base: number, source: Object3D): void {
		const object = this.loaded!.placeUploadedModel(source, f, base);
		object.userData.source = source;
		object.traverse((o) => {
			o.userData.furnitureId = f.id;
			if (o instanceof Mesh) o.receiveShadow = true;
		});
		this.group.add(object);
		this.placed.set(f.id, { piece: f, base, object });
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
