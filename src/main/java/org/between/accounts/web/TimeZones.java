package org.between.accounts.web;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The time zones offered in forms: the Region/City ones that people recognise. */
final class TimeZones {

	static final List<String> ALL = Stream
		.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds()
			.stream()
			.filter((z) -> z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
			.sorted())
		.toList();

	private TimeZones() {
	}

}
