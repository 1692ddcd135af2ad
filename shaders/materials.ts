/**
 * Materials of the 3D view that are not finishes. Surfaces, openings and furniture all draw
 * with `finishSurfaceMaterial` (`shaders/finishes`), which reads each vertex's finish.
 */
import type { Material, Object3D } from 'three';
import {
	MeshBasicNodeMaterial,
	MeshPhysicalNodeMaterial,
	MeshStandardNodeMaterial,
	type NodeMaterial
} from 'three/webgpu';
import { materialColor, materialEmissive, uniform, vec4 } from 'three/tsl';
import { selectionLook } from './finishes';
import type { N } from './procedural/patterns';

/** Shadow stand-ins are only drawn into the shadow map, so the cheapest material will do. */
export function shadowCasterMaterial(): MeshBasicNodeMaterial {
	const m = new MeshBasicNodeMaterial();
	m.name = 'shadow-caster';
	return m;
}

/** Whether a mesh drawn with a `selectableMaterial` shows as selected (`userData.highlight`). */
export const highlightOfObject = (object: Object3D): number => (object.userData.highlight ? 1 : 0);

/** The node material classes the renderer itself would turn glTF materials into. */
const NODE_CLASSES: Record<string, new () => NodeMaterial> = {
	MeshStandardMaterial: MeshStandardNodeMaterial,
	MeshPhysicalMaterial: MeshPhysicalNodeMaterial,
	MeshBasicMaterial: MeshBasicNodeMaterial
};

/**
 * A node-material copy of a parsed model's material that shows the selection like the finish
 * surfaces do (`selectionLook`). The highlight is a per-object uniform read from the drawn
 * mesh's `userData.highlight`, so every clone of a model keeps sharing one material (and one
 * shader program) and selecting a piece changes no material. The copy is made the way the
 * renderer converts classic materials (every property carried over); types it does not know
 * are returned as they are, unhighlighted.
 */
export function selectableMaterial(material: Material): Material {
	const NodeClass = NODE_CLASSES[material.type];
	if (!NodeClass) return material;
	const m = new NodeClass() as NodeMaterial & Record<string, unknown>;
	const source = material as unknown as Record<string, unknown>;
	for (const key in source) {
		if (key !== 'type' && key !== 'uuid') m[key] = source[key];
	}
	const h: N = uniform(0).onObjectUpdate(({ object }) => highlightOfObject(object!));
	const look = selectionLook(h);
	const base: N = vec4(materialColor as N);
	m.colorNode = vec4(look.tint(base.rgb), base.a);
	// A glowing model's own light is tinted like its colour, or its highlight would hardly show.
	if ('emissiveNode' in m) m.emissiveNode = look.tintLight(materialEmissive).add(look.glow);
	uniforms.set(m, h);
	return m;
}

const uniforms = new WeakMap<Material, N>();

/** The per-object highlight uniform of a `selectableMaterial` (for tests), or undefined. */
export const highlightUniformOf = (m: Material): { value: number; update(frame: unknown): void } =>
	uniforms.get(m);
