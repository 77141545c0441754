package org.between.endings;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A {@link PortfolioKeepsakes} source for the tests (the bridge notes of sessions will be
 * the first real one): what a test says a client kept, nothing for anyone else. Being a
 * bean in every test context, it adds no context of its own.
 */
@Component
class KeptInTests implements PortfolioKeepsakes {

	private static final Map<UUID, List<PortfolioKeepsake>> KEPT = new ConcurrentHashMap<>();

	static void keep(UUID clientId, List<PortfolioKeepsake> kept) {
		KEPT.put(clientId, List.copyOf(kept));
	}

	@Override
	public List<PortfolioKeepsake> keptBy(UUID clientId) {
		return KEPT.getOrDefault(clientId, List.of());
	}

}
