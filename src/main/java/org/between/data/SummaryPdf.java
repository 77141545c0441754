package org.between.data;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.between.accounts.CurrentUser;
import org.between.checkin.CheckinView;
import org.between.checkin.Checkins;
import org.between.journal.Journal;
import org.between.journal.JournalEntry;
import org.between.measures.Measures;
import org.between.safety.SafetyPlans;

import org.springframework.stereotype.Component;

/**
 * {@code summary.pdf}: a readable copy — a cover with the questionnaires (scores and
 * bands), the safety plan (its own PDF), the check-ins as a table by month, and the
 * journal. Each section is rendered to a temporary file in pages of a few hundred rows,
 * and the files are merged with PDFBox using temporary files too, so that years of data
 * never sit in memory at once. The portfolio's section is for the lead to add at merge
 * (issue 15).
 */
@Component
class SummaryPdf {

	static final int CHECKINS_PER_PART = Checkins.MAX_LIMIT;

	static final int ENTRIES_PER_PART = 100;

	private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

	private static final String BOLD_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

	private final ITemplateEngine templates;

	private final SafetyPlans plans;

	private final Measures measures;

	private final Checkins checkins;

	private final Journal journal;

	SummaryPdf(ITemplateEngine templates, SafetyPlans plans, Measures measures, Checkins checkins, Journal journal) {
		this.templates = templates;
		this.plans = plans;
		this.measures = measures;
		this.checkins = checkins;
		this.journal = journal;
	}

	void write(CurrentUser me, OutputStream out) {
		List<Path> parts = new ArrayList<>();
		try {
			Map<String, Object> cover = new LinkedHashMap<>();
			cover.put("me", me);
			if (me.isClient()) {
				cover.put("measures", this.measures.overview(me, me.locale()));
			}
			parts.add(render(me, "cover", cover));
			if (me.isClient()) {
				Path plan = Files.createTempFile("between-plan", ".pdf");
				parts.add(plan);
				Files.write(plan, this.plans.pdf(me));
				checkins(me, parts);
				journal(me, parts);
			}
			PDFMergerUtility merger = new PDFMergerUtility();
			for (Path part : parts) {
				merger.addSource(part.toFile());
			}
			merger.setDestinationStream(out);
			merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			parts.forEach((p) -> p.toFile().delete());
		}
	}

	private void checkins(CurrentUser me, List<Path> parts) throws IOException {
		String before = null;
		boolean first = true;
		while (true) {
			List<CheckinView> page = this.checkins.list(me, null, null, CHECKINS_PER_PART, before);
			Map<YearMonth, List<CheckinView>> months = new LinkedHashMap<>();
			for (CheckinView c : page) {
				months.computeIfAbsent(YearMonth.from(c.at().atZone(me.zone())), (m) -> new ArrayList<>()).add(c);
			}
			if (first || !page.isEmpty()) {
				parts.add(render(me, "checkins", Map.of("months", months, "first", first)));
			}
			first = false;
			if (page.size() < CHECKINS_PER_PART) {
				return;
			}
			before = page.get(page.size() - 1).id().toString();
		}
	}

	private void journal(CurrentUser me, List<Path> parts) throws IOException {
		String before = null;
		boolean first = true;
		while (true) {
			List<JournalEntry> page = this.journal.entries(me, null, ENTRIES_PER_PART, before);
			if (first || !page.isEmpty()) {
				parts.add(render(me, "journal", Map.of("entries", page, "first", first)));
			}
			first = false;
			if (page.size() < ENTRIES_PER_PART) {
				return;
			}
			before = page.get(page.size() - 1).id().toString();
		}
	}

	private Path render(CurrentUser me, String section, Map<String, Object> model) throws IOException {
		Context context = new Context(me.locale());
		context.setVariables(model);
		context.setVariable("section", section);
		context.setVariable("zone", me.zone());
		context.setVariable("name", me.displayName());
		String xhtml = this.templates.process("data/summary-pdf", context);
		Path file = Files.createTempFile("between-summary", ".pdf");
		try (OutputStream out = Files.newOutputStream(file)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			font(builder, FONT, 400);
			font(builder, BOLD_FONT, 700);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException | RuntimeException ex) {
			file.toFile().delete();
			throw ex;
		}
		return file;
	}

	private static void font(PdfRendererBuilder builder, String path, int weight) {
		File file = new File(path);
		if (file.canRead()) {
			builder.useFont(file, "Summary Sans", weight, BaseRendererBuilder.FontStyle.NORMAL, true);
		}
	}

}
