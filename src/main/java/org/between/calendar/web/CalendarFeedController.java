package org.between.calendar.web;

import java.nio.charset.StandardCharsets;

import org.between.calendar.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /calendar/<token>.ics}: the feed itself, for calendar apps, without sign-in
 * and without a session. An unknown, revoked or malformed token gets a bare 404 (no page,
 * no hint which it was). The token is part of the path: it is never logged here.
 */
@Controller
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return this.feeds.document(token)
			.map((ics) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(TEXT_CALENDAR).body(ics))
			.orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
	}

}
