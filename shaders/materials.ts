/**
 * Materials of the 3D view that are not finishes. Surfaces, openings and furniture all draw
 * with `finishSurfaceMaterial` (`shaders/finishes`), which reads each vertex's finish.
 */
import { MeshBasicNodeMaterial } from 'three/webgpu';

/** Shadow stand-ins are only drawn into the shadow map, so the cheapest material will do. */
export function shadowCasterMaterial(): MeshBasicNodeMaterial {
	const m = new MeshBasicNodeMaterial();
	m.name = 'shadow-caster';
	return m;
}
