package org.between.endings;

import java.time.Instant;
import java.util.List;

import org.between.accounts.CurrentUser;
import org.between.brief.ConsistencyPart;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The endings part of the therapist's consistency record ({@link ConsistencyPart}):
 * endings proposed in the period, how many were unplanned, how many gave less than the
 * usual notice and the shortest notice, and the referrals suggested and closed (the
 * person arrived somewhere, or chose not to go). A part of {@code endings}, because
 * {@code brief} comes before it in the build order.
 */
@Component
class EndingsConsistency implements ConsistencyPart {

	private final Endings endings;

	private final MessageSource messages;

	EndingsConsistency(Endings endings, MessageSource messages) {
		this.endings = endings;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Section section(CurrentUser therapist, Instant from, Instant to) {
		EndingsRecord record = this.endings.recordOf(therapist, from, to);
		int shortest = (record.shortestNoticeDays() != null) ? record.shortestNoticeDays() : 0;
		List<Figure> figures = List.of(figure("consistency.endings.count", record.endings()),
				figure("consistency.endings.unplanned", record.unplanned()),
				figure("consistency.endings.sooner", record.soonerThanUsual()),
				figure("consistency.endings.shortestNotice", shortest),
				figure("consistency.endings.referrals", record.referrals()),
				figure("consistency.endings.referralsClosed", record.referralsClosed()));
		return new Section("consistency.endings.title", msg("consistency.endings.title"), figures,
				msg("consistency.endings.sentence", record.endings(), record.unplanned(), record.referrals(),
						record.referralsClosed()));
	}

	private Figure figure(String key, long value) {
		return new Figure(key, value, msg(key, value));
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
