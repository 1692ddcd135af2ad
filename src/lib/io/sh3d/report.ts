/** What an import brought in and what it left out, with reasons, for the person to read. */
export interface ReportLine {
	what: string;
	count: number;
	reason: string;
}

export class ImportReport {
	readonly counts = new Map<string, number>();
	private skipped = new Map<string, ReportLine>();
	private warnings = new Set<string>();

	imported(what: string, n = 1) {
		this.counts.set(what, (this.counts.get(what) ?? 0) + n);
	}
	skip(what: string, reason: string, n = 1) {
		const key = `${what}\u0000${reason}`;
		const line = this.skipped.get(key);
		if (line) line.count += n;
		else this.skipped.set(key, { what, reason, count: n });
	}
	warn(message: string) {
		this.warnings.add(message);
	}

	get notImported(): ReportLine[] {
		return [...this.skipped.values()];
	}
	get notes(): string[] {
		return [...this.warnings];
	}

	toJSON() {
		return {
			imported: Object.fromEntries(this.counts),
			notImported: this.notImported,
			notes: this.notes
		};
	}

	/** Plain sentences, e.g. "2 polylines not imported: polylines have no equivalent…". */
	summary(): string[] {
		const lines = [...this.counts].map(([what, n]) => `${n} ${what} imported`);
		for (const s of this.notImported) lines.push(`${s.count} ${s.what} not imported: ${s.reason}`);
		return [...lines, ...this.notes];
	}
}
