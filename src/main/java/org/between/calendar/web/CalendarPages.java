package org.between.calendar.web;

import org.between.accounts.CurrentUser;
import org.between.calendar.CalendarFeeds;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the "Calendar" section on {@code /account} (rendered by frame's
 * {@code CalendarAccountSection}); each goes back to {@code /account#calendar}.
 */
@Controller
@RequestMapping("/account/calendar")
class CalendarPages {

	static final String BACK = "redirect:/account#calendar";

	private final CalendarFeeds feeds;

	CalendarPages(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		this.feeds.feedUrl(me);
		redirect.addFlashAttribute("calendarNotice", "created");
		return BACK;
	}

	@PostMapping("/new")
	String replace(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		this.feeds.newFeedUrl(me);
		redirect.addFlashAttribute("calendarNotice", "replaced");
		return BACK;
	}

	@PostMapping("/stop")
	String stop(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		this.feeds.stop(me);
		redirect.addFlashAttribute("calendarNotice", "stopped");
		return BACK;
	}

	/** Therapists only (403 for clients). An unticked box is not sent: names off. */
	@PostMapping("/client-names")
	String clientNames(@AuthenticationPrincipal CurrentUser me,
			@RequestParam(defaultValue = "false") boolean showClientNames, RedirectAttributes redirect) {
		this.feeds.showClientNames(me, showClientNames);
		redirect.addFlashAttribute("calendarNotice", "saved");
		return BACK;
	}

}
