package org.between.brief;

import java.util.List;

import org.between.brief.ConsistencyPart.Figure;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The consistency record in words: each figure's sentence from its key. */
@Component
class ConsistencyWords {

	private final MessageSource messages;

	ConsistencyWords(MessageSource messages) {
		this.messages = messages;
	}

	Figure figure(String key, long value) {
		return new Figure(key, value, msg(key, value));
	}

	String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** The median, rounded down (0 for none). */
	static long median(List<Long> values) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

}
