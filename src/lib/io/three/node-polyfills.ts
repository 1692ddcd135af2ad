/**
 * GLTFExporter reads its output Blob with FileReader, which browsers have and Node does not.
 * Tests and benchmarks running in Node install this small stand-in built on `Blob.arrayBuffer`.
 */
export function installFileReader(): void {
	if (typeof globalThis.FileReader !== 'undefined') return;
	class NodeFileReader {
		result: ArrayBuffer | string | null = null;
		onload: ((e: unknown) => void) | null = null;
		onloadend: ((e: unknown) => void) | null = null;
		onerror: ((e: unknown) => void) | null = null;
		readAsArrayBuffer(blob: Blob) {
			blob.arrayBuffer().then(
				(buffer) => {
					this.result = buffer;
					this.onload?.({ target: this });
					this.onloadend?.({ target: this });
				},
				(e) => this.onerror?.(e)
			);
		}
		readAsDataURL(blob: Blob) {
			blob.arrayBuffer().then((buffer) => {
				this.result = `data:${blob.type || 'application/octet-stream'};base64,${Buffer.from(buffer).toString('base64')}`;
				this.onload?.({ target: this });
				this.onloadend?.({ target: this });
			});
		}
	}
	(globalThis as unknown as { FileReader: unknown }).FileReader = NodeFileReader;
}
