/**
 * Wavefront OBJ + MTL of the plan's 3D model: three's OBJExporter writes the geometry (with a
 * `usemtl` per mesh), and the MTL is written here from the same materials (diffuse colour,
 * dissolve for glass). Furniture keeps one material per piece colour, since OBJ has no
 * per-vertex colour in its standard form.
 */
import { Color, Mesh, MeshStandardMaterial, type BufferAttribute } from 'three';
import { OBJExporter } from 'three/addons/exporters/OBJExporter.js';
import type { PlanDocument } from '../../plan/types';
import { step, type TaskOptions } from '../progress';
import { buildExportScene } from './scene';

export interface ObjExport {
	obj: string;
	mtl: string;
}

/** Material names safe for OBJ/MTL (no spaces). */
const mtlName = (name: string) => name.replace(/[^A-Za-z0-9_:.-]/g, '_');

export async function exportObj(
	doc: PlanDocument,
	options: TaskOptions & { mtlFileName?: string } = {}
): Promise<ObjExport> {
	const built = await buildExportScene(doc, {
		signal: options.signal,
		onProgress: (f, s) => options.onProgress?.(f * 0.6, s)
	});
	try {
		await step(options, 0.6, 'Writing OBJ');
		const colours = new Map<string, { colour: Color; opacity: number }>();
		built.scene.traverse((o) => {
			if (!(o instanceof Mesh)) return;
			const m = o.material as MeshStandardMaterial;
			if (m.vertexColors) {
				// One material for the piece: the colour of its largest tinted part (its first vertex).
				const c = o.geometry.getAttribute('color') as BufferAttribute;
				const colour = new Color(c.getX(0), c.getY(0), c.getZ(0));
				const name = `furniture_${colour.getHexString()}`;
				o.material = new MeshStandardMaterial({ name, color: colour });
				o.geometry.deleteAttribute('color');
				colours.set(name, { colour, opacity: 1 });
			} else {
				o.material = m.clone();
				(o.material as MeshStandardMaterial).name = mtlName(m.name);
				colours.set(mtlName(m.name), { colour: m.color, opacity: m.transparent ? m.opacity : 1 });
			}
		});
		built.scene.updateMatrixWorld(true);
		const body = new OBJExporter().parse(built.scene);
		const header = `# ${doc.name.replace(/[\r\n]/g, ' ')} — House Planner\n# units: metres, y up\nmtllib ${options.mtlFileName ?? 'plan.mtl'}\n`;
		const mtl = [...colours]
			.map(
				([name, { colour, opacity }]) =>
					`newmtl ${name}\nKd ${colour.r.toFixed(4)} ${colour.g.toFixed(4)} ${colour.b.toFixed(4)}\nKa 0 0 0\nKs 0.05 0.05 0.05\nd ${opacity}\nillum 2\n`
			)
			.join('\n');
		await step(options, 1, 'Done');
		return { obj: header + body, mtl };
	} finally {
		built.dispose();
	}
}
