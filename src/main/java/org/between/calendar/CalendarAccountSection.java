package org.between.calendar;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.between.accounts.AccountSection;
import org.between.accounts.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The "Calendar" section of {@code /account}: the feed link (once made), and for
 * therapists the choice to show client names. Its forms are
 * {@code org.between.calendar.web.CalendarPages}.
 */
@Component
class CalendarAccountSection implements AccountSection {

	static final int ORDER = 100;

	private final CalendarFeeds feeds;

	CalendarAccountSection(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@Override
	public Optional<Section> sectionFor(CurrentUser user) {
		Map<String, Object> model = new HashMap<>();
		Optional<String> url = this.feeds.existingFeedUrl(user);
		model.put("url", url.orElse(null));
		// webcal:// opens the calendar app's "subscribe" dialogue on most systems.
		model.put("webcalUrl", url.map((u) -> u.replaceFirst("^https?://", "webcal://")).orElse(null));
		model.put("therapist", user.isTherapist());
		model.put("showClientNames", user.isTherapist() && this.feeds.showsClientNames(user));
		return Optional.of(new Section("calendar/section", "section", model, ORDER));
	}

}
