import { describe, expect, it } from 'vitest';
import {
	calibrateBackground,
	calibrateScale,
	CalibrationError,
	centreOn,
	imageToPlan,
	planToImage
} from './trace';

describe('trace image calibration', () => {
	it('turns two picked points and a known distance into centimetres per pixel', () => {
		// A 5 m wall drawn 250 px long on the scan.
		expect(calibrateScale({ x: 100, y: 100 }, { x: 250, y: 300 }, 500)).toBeCloseTo(2);
	});

	it('refuses points too close together or a distance that is not positive', () => {
		expect(() => calibrateScale({ x: 1, y: 1 }, { x: 1.5, y: 1 }, 100)).toThrow(CalibrationError);
		expect(() => calibrateScale({ x: 0, y: 0 }, { x: 100, y: 0 }, 0)).toThrow(CalibrationError);
		expect(() => calibrateScale({ x: 0, y: 0 }, { x: 100, y: 0 }, Number.NaN)).toThrow(
			CalibrationError
		);
	});

	it('anchors and straightens the image so the picked line lies on the plan axis', () => {
		const a = { x: 40, y: 60 };
		const b = { x: 240, y: 160 };
		const distance = Math.hypot(200, 100) * 3;
		const bg = calibrateBackground({
			src: 'blob:x',
			pixelWidth: 800,
			pixelHeight: 600,
			a,
			b,
			distanceCm: distance,
			anchor: { x: 1000, y: 500 },
			straighten: true
		});
		expect(bg.cmPerPixel).toBeCloseTo(3);
		const pa = imageToPlan(bg, a);
		const pb = imageToPlan(bg, b);
		expect(pa.x).toBeCloseTo(1000);
		expect(pa.y).toBeCloseTo(500);
		expect(pb.y).toBeCloseTo(500);
		expect(pb.x - pa.x).toBeCloseTo(distance);
		const back = planToImage(bg, pb);
		expect(back.x).toBeCloseTo(b.x);
		expect(back.y).toBeCloseTo(b.y);
	});

	it('moves a calibrated image so its centre lies on a plan point, keeping scale and turn', () => {
		const bg = calibrateBackground({
			src: 'data:x',
			pixelWidth: 400,
			pixelHeight: 200,
			a: { x: 0, y: 0 },
			b: { x: 100, y: 100 },
			distanceCm: Math.hypot(100, 100) * 2,
			straighten: true
		});
		const moved = centreOn(bg, { x: 500, y: -300 });
		const centre = imageToPlan(moved, { x: 200, y: 100 });
		expect(centre.x).toBeCloseTo(500);
		expect(centre.y).toBeCloseTo(-300);
		expect(moved.cmPerPixel).toBeCloseTo(2);
		expect(moved.rotation).toBe(bg.rotation);
	});
});
