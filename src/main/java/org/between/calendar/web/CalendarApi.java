package org.between.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.between.accounts.CurrentUser;
import org.between.calendar.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "sessions and frame": the private calendar feed. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar")
class CalendarApi {

	private final CalendarFeeds feeds;

	CalendarApi(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/feed-url")
	@Operation(summary = "Your private calendar feed link (made on the first call)",
			description = "Subscribe to it in any calendar app; it needs no sign-in, so anyone with the link sees "
					+ "your session times. The first call creates the link; later calls answer the same one "
					+ "until it is replaced (POST) or stopped (DELETE).")
	ResponseEntity<FeedUrl> feedUrl(@AuthenticationPrincipal CurrentUser me) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new FeedUrl(this.feeds.feedUrl(me)));
	}

	@PostMapping("/feed-url")
	@Operation(summary = "Replace your calendar feed link with a new one",
			description = "The old link answers 404 at once; calendar apps subscribed to it need the new one.")
	@ApiResponse(responseCode = "201", description = "the new link")
	ResponseEntity<FeedUrl> newFeedUrl(@AuthenticationPrincipal CurrentUser me) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new FeedUrl(this.feeds.newFeedUrl(me)));
	}

	@DeleteMapping("/feed-url")
	@Operation(summary = "Stop your calendar feed",
			description = "The link answers 404 at once. A later GET makes a new link.")
	@ApiResponse(responseCode = "204", description = "stopped (also when there was no feed)")
	ResponseEntity<Void> stop(@AuthenticationPrincipal CurrentUser me) {
		this.feeds.stop(me);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/feed-settings")
	@Operation(summary = "Whether your feed shows client names (therapists; 403 for clients)")
	FeedSettings settings(@AuthenticationPrincipal CurrentUser me) {
		return new FeedSettings(this.feeds.showsClientNames(me));
	}

	@PutMapping("/feed-settings")
	@Operation(summary = "Show client names in your feed, or not (therapists; off by default; 403 for clients)",
			description = "Off: every session is called \"Session\". On: \"Session with <client name>\" — "
					+ "anyone who has the link, or sees your calendar, sees the names.")
	FeedSettings changeSettings(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody FeedSettings body) {
		return new FeedSettings(this.feeds.showClientNames(me, body.showClientNames()));
	}

	record FeedUrl(String url) {
	}

	record FeedSettings(@NotNull Boolean showClientNames) {
	}

}
