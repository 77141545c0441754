package org.between.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.journal.Journal;
import org.between.journal.NewJournalEntry;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 15: a client with three years of daily check-ins and 1 000 journal entries
 * exports with the heap limited to 256 MB. Runs in the {@code lowheap} Surefire execution
 * ({@code -Xmx256m}, this class only); in any JVM with more heap it is skipped. The
 * figures go to {@code target/lowheap-export.txt}.
 */
@ModuleTest
class DataExportLowHeapTests {

	static final long LOW_HEAP = 300L * 1024 * 1024;

	@Autowired
	DataExport export;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	Checkins checkins;

	@Autowired
	Journal journal;

	@Autowired
	MutableClock clock;

	@Test
	void threeYearsOfDailyCheckinsAndAThousandEntriesExportIn256Megabytes() throws IOException {
		long maxHeap = Runtime.getRuntime().maxMemory();
		assumeTrue(maxHeap <= LOW_HEAP, "runs in the lowheap execution (-Xmx256m) only");
		Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(3 * 365));
		this.clock.set(start);
		CurrentUser client = new ModulePeople(this.accounts, this.links, this.clock).client();
		String body = "A day like many others. ".repeat(60);
		int days = 3 * 365;
		for (int d = 0; d < days; d++) {
			Instant at = start.plus(Duration.ofDays(d)).plus(Duration.ofHours(19));
			this.clock.set(at.plusSeconds(60));
			this.checkins.record(client, new NewCheckin(at.toString(), d % 6, (d * 7) % 11, null,
					Map.of("QUIT_THERAPY", d % 3), null, null, "note of day " + d));
			if (d < 1000) {
				this.journal.write(client, new NewJournalEntry("Entry " + d, body + d, 1 + d % 10, false, false));
			}
		}

		Path file = Path.of("target", "lowheap-export.zip");
		long begin = System.nanoTime();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			this.export.write(client, out);
		}
		long millis = Duration.ofNanos(System.nanoTime() - begin).toMillis();
		long size = Files.size(file);

		List<String> names = new ArrayList<>();
		long csvLines = 0;
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				names.add(e.getName());
				if (e.getName().equals("checkins.csv")) {
					csvLines = new String(zip.readAllBytes()).split("\r\n").length;
				}
			}
		}
		String figures = "heap limit " + (maxHeap / (1024 * 1024)) + " MB; " + days
				+ " check-ins, 1000 journal entries; " + "zip " + size + " bytes; export " + millis + " ms\n";
		Files.writeString(Path.of("target", "lowheap-export.txt"), figures);
		System.out.println("lowheap export: " + figures);
		assertThat(names).containsExactly("data.json", "checkins.csv", "measures.fhir.json", "summary.pdf");
		assertThat(csvLines).isEqualTo(days + 1);
	}

}
