/**
 * The plan's 3D model as a plain three.js scene for exporters: the geometry layer's meshes
 * merged per level and material (materials named by finish id), and each piece of furniture
 * as the same parametric box model the 3D view draws, coloured per vertex — or, for a piece
 * of the person's own uploaded glTF model, that model fitted to the piece (uploaded-models.ts).
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
import type { PlanDocument } from '../../plan/types';
import { buildPlanGeometry, mergeByMaterial } from '../../geometry';
import { getFinish } from '../../catalog/finishes';
import { kindOf, modelGeometry, partsOf } from '../../render/three/furniture-models';
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

/** A piece's model in plan cm, coloured: the piece's colour where the model is tinted. */
function furnitureGeometry(
	f: PlanDocument['furniture'][keyof PlanDocument['furniture']],
	base: number
) {
	const g = modelGeometry(partsOf(kindOf(f.catalogId), 0), f.mirrored);
	const colour = new Color(f.color ?? '#b9a58c');
	const colours = g.getAttribute('color') as BufferAttribute;
	const tint = g.getAttribute('tint') as BufferAttribute;
	for (let i = 0; i < colours.count; i++)
		if (tint.getX(i) === 1) colours.setXYZ(i, colour.r, colour.g, colour.b);
	g.deleteAttribute('tint');
	// Same placement as the 3D view: plan (x, y) → (x, z), rotation −θ about y.
	const m = new Matrix4().compose(
		new Vector3(f.x, base + f.elevation, f.y),
		new Quaternion().setFromAxisAngle(UP, -f.rotation),
		new Vector3(f.width, f.height, f.depth)
	);
	g.applyMatrix4(m);
	return g;
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
	const furnitureMaterial = new MeshStandardMaterial({
		name: 'furniture',
		vertexColors: true,
		roughness: 0.8
	});
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
			const g = furnitureGeometry(f, level.elevation);
			const material = f.material ? finishMaterial(f.material, materials) : furnitureMaterial;
			const mesh = new Mesh(g, material);
			mesh.name = f.name || f.catalogId;
			mesh.userData = { id: f.id, catalogId: f.catalogId };
			group.add(mesh);
			geometries.push(g);
			triangles += g.index!.count / 3;
		}
	}
	await step(options, 0.9, 'Scene ready');
	return {
		scene,
		triangles,
		dispose() {
			geometries.forEach((g) => g.dispose());
			materials.forEach((m) => m.dispose());
			furnitureMaterial.dispose();
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
