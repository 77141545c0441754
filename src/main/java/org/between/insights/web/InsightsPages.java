package org.between.insights.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.Sharing;
import org.between.checkin.TurnedTo;
import org.between.insights.Insights;
import org.between.insights.Insights.SelfReliance;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /insights} for the client, {@code /clients/{id}/insights} for a therapist it is
 * shared with.
 */
@Controller
class InsightsPages {

	private final Insights insights;

	private final ClientLinks links;

	private final Sharing sharing;

	private final MessageSource messages;

	private final JsonMapper json;

	InsightsPages(Insights insights, ClientLinks links, Sharing sharing, MessageSource messages, JsonMapper json) {
		this.insights = insights;
		this.links = links;
		this.sharing = sharing;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/insights")
	String insights(@AuthenticationPrincipal CurrentUser me, Model model) {
		SelfReliance view = this.insights.selfReliance(me, null, null);
		model.addAttribute("view", view);
		model.addAttribute("chart", chart(view, me));
		model.addAttribute("monthLabels", monthLabels(view, me));
		model.addAttribute("inBetween", this.insights.inBetween(me));
		model.addAttribute("shared", this.insights.isShared(me));
		model.addAttribute("linked", this.sharing.linked(me));
		model.addAttribute("kinds", TurnedTo.values());
		model.addAttribute("spreadLine", spreadLine(view, true));
		return "insights/insights";
	}

	@PostMapping("/insights/sharing")
	String share(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "false") boolean shared) {
		this.insights.share(me, shared);
		return "redirect:/insights#sharing";
	}

	@GetMapping("/clients/{clientId}/insights")
	String ofClient(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId, Model model) {
		model.addAttribute("client", this.links.requireLinkedClient(me, clientId));
		SelfReliance view = this.insights.selfRelianceOf(me, clientId, null, null);
		model.addAttribute("view", view);
		model.addAttribute("chart", chart(view, me));
		model.addAttribute("monthLabels", monthLabels(view, me));
		model.addAttribute("kinds", TurnedTo.values());
		model.addAttribute("spreadLine", spreadLine(view, false));
		return "insights/client";
	}

	/**
	 * "You turned first to 3 kinds of people, 9 times in all; most often to a friend (4
	 * times)." — the spread in words ({@link SupportSentence}); null without turns.
	 */
	private String spreadLine(SelfReliance view, boolean own) {
		SupportSentence.Line line = SupportSentence.of(view.firstTurnedTo());
		if (line.kind().equals("none")) {
			return null;
		}
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		List<String> names = line.most()
			.stream()
			.map((who) -> this.messages.getMessage("insights.spread.who." + who.name(), null, locale))
			.toList();
		String who = (names.size() == 1) ? names.get(0) : this.messages.getMessage("insights.spread.and",
				new Object[] { String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1) },
				locale);
		String key = "insights.spread.sentence." + line.kind() + (own ? "" : ".other");
		return this.messages.getMessage(key, new Object[] { line.kinds(), line.total(), who, line.top() }, locale);
	}

	/** "Nov 2026" for "2026-11", in the reader's language, in month order. */
	private static Map<String, String> monthLabels(SelfReliance view, CurrentUser me) {
		var format = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", me.locale());
		Map<String, String> labels = new LinkedHashMap<>();
		view.byMonth().forEach((m) -> labels.put(m.month(), java.time.YearMonth.parse(m.month()).format(format)));
		return labels;
	}

	/** The month-by-month counts as the chart script reads them from a data attribute. */
	private String chart(SelfReliance view, CurrentUser me) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("months", List.copyOf(monthLabels(view, me).values()));
		List<Map<String, Object>> series = java.util.Arrays.stream(TurnedTo.values())
			.filter((kind) -> view.firstTurnedTo().getOrDefault(kind, 0L) > 0)
			.map((kind) -> {
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("label", this.messages.getMessage("insights.turnedTo." + kind, null, me.locale()));
				s.put("counts", view.byMonth().stream().map((m) -> m.counts().getOrDefault(kind, 0L)).toList());
				return s;
			})
			.toList();
		data.put("series", series);
		data.put("yLabel", this.messages.getMessage("insights.chart.y", null, me.locale()));
		return this.json.writeValueAsString(data);
	}

}
