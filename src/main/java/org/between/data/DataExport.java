package org.between.data;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.between.accounts.AuditLog;
import org.between.accounts.CurrentUser;
import org.between.measures.Measures;
import org.between.shared.PersonalData;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The person's export: a zip written straight to the response as it is made
 * (docs/export.md) — {@code data.json} (every module's {@link PersonalData}, row by row),
 * {@code checkins.csv}, {@code measures.fhir.json} and {@code summary.pdf}. Only
 * {@code me}: there is no way to name someone else. The audit row is written first, in a
 * transaction of its own, so that a long export holds no lock on the audit chain.
 */
@Service
public class DataExport {

	/** The format's version in {@code data.json}; docs/export.md says what changes it. */
	public static final int FORMAT_VERSION = 1;

	private final List<PersonalData> parts;

	private final Measures measures;

	private final CheckinsCsv checkins;

	private final SummaryPdf summary;

	private final AuditLog audit;

	private final JsonMapper json;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final Clock clock;

	DataExport(List<PersonalData> parts, Measures measures, CheckinsCsv checkins, SummaryPdf summary, AuditLog audit,
			JsonMapper json, PlatformTransactionManager transactionManager, Clock clock) {
		this.parts = parts.stream().sorted(Comparator.comparing(PersonalData::name)).toList();
		this.measures = measures;
		this.checkins = checkins;
		this.summary = summary;
		this.audit = audit;
		this.json = json;
		this.writing = new TransactionTemplate(transactionManager);
		this.reading = new TransactionTemplate(transactionManager);
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	/** The file name offered for download. */
	public String fileName() {
		return "between-export-" + this.clock.instant().toString().substring(0, 10) + ".zip";
	}

	/**
	 * Writes the caller's export to {@code out} and finishes the zip (does not close).
	 */
	public void write(CurrentUser me, OutputStream out) {
		this.writing.executeWithoutResult((status) -> this.audit.record(me.id(), DataAudit.DATA_EXPORTED, me.id(),
				"ACCOUNT", me.id().toString()));
		this.reading.executeWithoutResult((status) -> zip(me, out));
	}

	private void zip(CurrentUser me, OutputStream out) {
		try {
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			zip.putNextEntry(new ZipEntry("data.json"));
			writeData(me, new KeepOpen(zip));
			zip.closeEntry();
			if (me.isClient()) {
				zip.putNextEntry(new ZipEntry("checkins.csv"));
				this.checkins.write(me, new KeepOpen(zip));
				zip.closeEntry();
				zip.putNextEntry(new ZipEntry("measures.fhir.json"));
				zip.write(this.measures.fhirBundleOfAll(me).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("summary.pdf"));
			this.summary.write(me, new KeepOpen(zip));
			zip.closeEntry();
			zip.finish();
			zip.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeData(CurrentUser me, OutputStream out) {
		try (JsonGenerator generator = this.json.writerWithDefaultPrettyPrinter().createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("format", "between-export");
			generator.writeNumberProperty("version", FORMAT_VERSION);
			generator.writeStringProperty("exportedAt", this.clock.instant().toString());
			generator.writeObjectPropertyStart("person");
			generator.writeStringProperty("id", me.id().toString());
			generator.writeStringProperty("role", me.role().name());
			generator.writeEndObject();
			generator.writeObjectPropertyStart("parts");
			for (PersonalData part : this.parts) {
				generator.writeName(part.name());
				part.export(me.id(), generator);
				generator.flush();
			}
			generator.writeEndObject();
			generator.writeEndObject();
		}
	}

	/** A zip entry's stream that writers may close without closing the zip. */
	static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
