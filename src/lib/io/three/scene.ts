/**
 * The plan's 3D model as a plain three.js scene for exporters: the geometry layer's meshes
 * merged per level and material (materials named by finish id), and each piece of furniture
 * as the catalog model the 3D view draws (catalog-models.ts), fitted to the piece's size: one
 * mesh per part material, the body in the piece's finish or colour, fixed parts in their
 * part finish — or, for a piece of the person's own uploaded glTF model, that model fitted to
 * the piece (uploaded-models.ts).
 * Levels become groups named after them; units are converted from cm to metres (glTF's unit).
 */
import {
	BufferAttribute,
	BufferGeometry,
	Color,
	Group,
	Matrix4,
	Mesh,
	MeshStandardMaterial,
	Quaternion,
	Scene,
	Vector3
} from 'three';
import type { Furniture, PlanDocument } from '../../plan/types';
import { buildPlanGeometry, mergeByMaterial } from '../../geometry';
import { getItem } from '../../catalog';
import { getFinish } from '../../catalog/finishes';
import { PART_FINISHES, type PartMaterial } from '../../catalog/models';
import { modelTemplate } from '../../render/three/catalog-models';
import { step, type TaskOptions } from '../progress';
import { loadUploadedModels, placeUploadedModel } from './uploaded-models';

const BUILT_IN_COLOURS: Record<string, string> = {
	'wall:cap': '#e4e1da',
	'wall:reveal': '#efede8',
	glass: '#cfe3ee'
};

export interface ExportScene {
	scene: Scene;
	/** Triangles in the scene: the geometry layer's plus the furniture's. */
	triangles: number;
	dispose(): void;
}

function finishMaterial(id: string, cache: Map<string, MeshStandardMaterial>) {
	let m = cache.get(id);
	if (m) return m;
	const finish = getFinish(id);
	m = new MeshStandardMaterial({
		name: id,
		color: new Color(finish?.color ?? BUILT_IN_COLOURS[id] ?? '#cccccc'),
		roughness: finish?.roughness ?? 0.9,
		metalness: finish?.metalness ?? 0
	});
	if (finish?.kind === 'glass' || id === 'glass') {
		m.transparent = true;
		m.opacity = 0.35;
	}
	cache.set(id, m);
	return m;
}

const UP = new Vector3(0, 1, 0);
/** What the 3D view paints a piece without a colour of its own and no catalog colour. */
const DEFAULT_FURNITURE_COLOUR = '#b9ad9c';

/** A plain colour material, shared by the pieces of that colour. */
function colourMaterial(hex: string, cache: Map<string, MeshStandardMaterial>) {
	const colour = new Color(hex);
	const name = `furniture:${colour.getHexString()}`;
	let m = cache.get(name);
	if (!m) cache.set(name, (m = new MeshStandardMaterial({ name, color: colour, roughness: 0.8 })));
	return m;
}

/** The material of one part material of a piece, as the 3D view picks its finish. */
function partMaterial(
	part: PartMaterial,
	f: Furniture,
	cache: Map<string, MeshStandardMaterial>
): MeshStandardMaterial {
	if (part !== 'body') return finishMaterial(PART_FINISHES[part], cache);
	if (f.material) return finishMaterial(f.material, cache);
	return colourMaterial(f.color ?? getItem(f.catalogId)?.color ?? DEFAULT_FURNITURE_COLOUR, cache);
}

/**
 * A piece's catalog model in plan cm: a group named after the piece with one mesh per part
 * material, the unit-cell model scaled to its width, height and depth, mirrored, turned, placed.
 */
function furnitureModel(f: Furniture, base: number, cache: Map<string, MeshStandardMaterial>) {
	const template = modelTemplate(f.catalogId, f.mirrored, 0);
	// Same placement as the 3D view: plan (x, y) → (x, z), rotation −θ about y.
	const matrix = new Matrix4().compose(
		new Vector3(f.x, base + f.elevation, f.y),
		new Quaternion().setFromAxisAngle(UP, -f.rotation),
		new Vector3(Math.max(f.width, 0.1), Math.max(f.height, 0.1), Math.max(f.depth, 0.1))
	);
	const group = new Group();
	group.name = f.name || f.catalogId;
	group.userData = { id: f.id, catalogId: f.catalogId };
	const geometries: BufferGeometry[] = [];
	for (const run of template.runs) {
		const g = new BufferGeometry();
		g.setAttribute('position', new BufferAttribute(run.positions.slice(), 3));
		g.setAttribute('normal', new BufferAttribute(run.normals.slice(), 3));
		g.setIndex(new BufferAttribute(run.indices.slice(), 1));
		// Scales normals by the inverse transpose, so they stay right under the piece's stretch.
		g.applyMatrix4(matrix);
		const mesh = new Mesh(g, partMaterial(run.material, f, cache));
		mesh.name = `${group.name} ${run.material}`;
		group.add(mesh);
		geometries.push(g);
	}
	return { group, geometries, triangles: template.triangles };
}

export async function buildExportScene(
	doc: PlanDocument,
	options: TaskOptions = {}
): Promise<ExportScene> {
	await step(options, 0, 'Building the walls and floors');
	const geometry = buildPlanGeometry(doc);
	const scene = new Scene();
	scene.name = doc.name;
	const root = new Group();
	root.name = 'house';
	root.scale.setScalar(0.01); // cm → m
	scene.add(root);
	const materials = new Map<string, MeshStandardMaterial>();
	const geometries: BufferGeometry[] = [];
	let triangles = 0;
	const levels = Object.values(doc.levels).sort((a, b) => a.order - b.order);
	const uploaded = await loadUploadedModels(doc);
	for (let i = 0; i < levels.length; i++) {
		const level = levels[i];
		await step(options, 0.1 + (0.8 * i) / levels.length, `Level ${level.name}`);
		const group = new Group();
		group.name = level.name;
		root.add(group);
		for (const merged of mergeByMaterial(geometry.meshes.values(), level.id)) {
			const g = new BufferGeometry();
			g.setAttribute('position', new BufferAttribute(merged.positions.slice(), 3));
			g.setAttribute('normal', new BufferAttribute(merged.normals.slice(), 3));
			g.setAttribute('uv', new BufferAttribute(merged.uvs.slice(), 2));
			g.setIndex(new BufferAttribute(merged.indices.slice(), 1));
			const mesh = new Mesh(g, finishMaterial(merged.material, materials));
			mesh.name = `${level.name} ${merged.material}`;
			group.add(mesh);
			geometries.push(g);
			triangles += merged.indices.length / 3;
		}
		for (const f of Object.values(doc.furniture)) {
			if (f.level !== level.id) continue;
			const own = uploaded.get(f.catalogId);
			if (own) {
				const placed = placeUploadedModel(own, f, level.elevation);
				placed.traverse((o) => {
					const g = (o as Mesh).geometry as BufferGeometry | undefined;
					if (!(o as Mesh).isMesh || !g) return;
					triangles += (g.index?.count ?? g.getAttribute('position').count) / 3;
				});
				group.add(placed);
				continue;
			}
			const piece = furnitureModel(f, level.elevation, materials);
			group.add(piece.group);
			geometries.push(...piece.geometries);
			triangles += piece.triangles;
		}
	}
	await step(options, 0.9, 'Scene ready');
	return {
		scene,
		triangles,
		dispose() {
			geometries.forEach((g) => g.dispose());
			materials.forEach((m) => m.dispose());
			for (const model of uploaded.values())
				model.traverse((o) => {
					const mesh = o as Mesh;
					if (!mesh.isMesh) return;
					mesh.geometry.dispose();
					for (const m of [mesh.material].flat()) m.dispose();
				});
		}
	};
}
