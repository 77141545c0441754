package org.between.sessions.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.between.accounts.CurrentUser;
import org.between.sessions.BreakMark;
import org.between.sessions.BreakMarks;
import org.between.sessions.Sessions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the breaks ({@link BreakMarks}, the therapist's time away) into the sessions lists
 * where they fall, so that a client sees the break among their sessions and the sessions
 * it cancelled right after it. In a list oldest first a break comes before the first item
 * that starts in it or later; in a list newest first, before the first item that starts
 * before it ends.
 */
@Component
class BreakLines {

	/** As far ahead as the sessions pages list sessions. */
	static final Duration AHEAD = Duration.ofDays(7L * Sessions.WEEKS_AHEAD);

	private final ObjectProvider<BreakMarks> sources;

	BreakLines(ObjectProvider<BreakMarks> sources) {
		this.sources = sources;
	}

	/**
	 * Every break the viewer may see that overlaps {@code [from, to)}, earliest first.
	 */
	List<BreakMark> marks(CurrentUser viewer, Instant from, Instant to) {
		return this.sources.orderedStream()
			.flatMap((source) -> source.marksFor(viewer, from, to).stream())
			.filter((mark) -> mark.overlaps(from, to))
			.sorted(Comparator.comparing(BreakMark::startsAt))
			.toList();
	}

	/**
	 * The sessions to come (oldest first) with the breaks not yet over among them, split
	 * into what the page shows at once ({@code shown} sessions and the breaks among them)
	 * and the rest; breaks are looked for as far ahead as the sessions are listed.
	 */
	List<List<Entry<SessionLine>>> coming(CurrentUser viewer, List<SessionLine> lines, Instant now, int shown) {
		List<BreakMark> marks = marks(viewer, now, now.plus(AHEAD));
		return split(oldestFirst(lines, SessionLine::startsAt, marks), shown);
	}

	/**
	 * The sessions that were (newest first) with the breaks that ended between the oldest
	 * of them and now among them.
	 */
	List<Entry<SessionLine>> earlier(CurrentUser viewer, List<SessionLine> newestFirst, Instant now) {
		if (newestFirst.isEmpty()) {
			return List.of();
		}
		Instant oldest = newestFirst.get(newestFirst.size() - 1).startsAt();
		List<BreakMark> ended = marks(viewer, oldest, now).stream().filter((m) -> !m.endsAt().isAfter(now)).toList();
		return newestFirst(newestFirst, SessionLine::startsAt, ended);
	}

	/** The items (oldest first) with the breaks among them. */
	static <T> List<Entry<T>> oldestFirst(List<T> items, Function<T, Instant> startsAt, List<BreakMark> marks) {
		List<BreakMark> left = marks.stream().sorted(Comparator.comparing(BreakMark::startsAt)).toList();
		return interleave(items, left, (item, mark) -> !startsAt.apply(item).isBefore(mark.startsAt()));
	}

	/** The items (newest first) with the breaks among them. */
	static <T> List<Entry<T>> newestFirst(List<T> items, Function<T, Instant> startsAt, List<BreakMark> marks) {
		List<BreakMark> left = marks.stream().sorted(Comparator.comparing(BreakMark::endsAt).reversed()).toList();
		return interleave(items, left, (item, mark) -> startsAt.apply(item).isBefore(mark.endsAt()));
	}

	/**
	 * Each mark (in order) goes before the first item it comes before; marks after the
	 * last item close the list.
	 */
	private static <T> List<Entry<T>> interleave(List<T> items, List<BreakMark> marks,
			BiPredicate<T, BreakMark> comesBefore) {
		List<Entry<T>> entries = new ArrayList<>();
		int m = 0;
		for (T item : items) {
			while (m < marks.size() && comesBefore.test(item, marks.get(m))) {
				entries.add(Entry.of(marks.get(m++)));
			}
			entries.add(new Entry<>(item, null));
		}
		marks.subList(m, marks.size()).forEach((mark) -> entries.add(Entry.of(mark)));
		return entries;
	}

	/**
	 * The entries split before the {@code (shown + 1)}-th item: what a list shows at once
	 * and what it keeps behind "Show more" (a break right after the last item shown stays
	 * in sight).
	 */
	static <T> List<List<Entry<T>>> split(List<Entry<T>> entries, int shown) {
		int items = 0;
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).item() != null && ++items > shown) {
				return List.of(entries.subList(0, i), entries.subList(i, entries.size()));
			}
		}
		return List.of(entries, List.of());
	}

	/** How many items (not breaks) the entries hold. */
	static long items(List<? extends Entry<?>> entries) {
		return entries.stream().filter((e) -> e.item() != null).count();
	}

	/** One row of a sessions list: an item (a session, a day) or a break. */
	public record Entry<T>(T item, BreakMark mark) {

		static <T> Entry<T> of(BreakMark mark) {
			return new Entry<>(null, mark);
		}

	}

}
