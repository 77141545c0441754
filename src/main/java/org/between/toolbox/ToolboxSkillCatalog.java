package org.between.toolbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.between.accounts.CurrentUser;
import org.between.checkin.SkillCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a check-in asks of the toolbox. Suggestions are the skills that helped this person
 * most over all situations (at least one practice, best estimate first), filled up with
 * built-in skills in their fixed order when there are fewer. The checkin module keeps no
 * fallback bean (it treats a missing catalog as empty), so this is the only one.
 */
@Component
class ToolboxSkillCatalog implements SkillCatalog {

	private final Toolbox toolbox;

	ToolboxSkillCatalog(Toolbox toolbox) {
		this.toolbox = toolbox;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SkillChoice> skillsOf(CurrentUser client) {
		return this.toolbox.skills(client)
			.stream()
			.sorted(Comparator.comparing(Skill::name, String.CASE_INSENSITIVE_ORDER))
			.map((s) -> new SkillChoice(s.id(), s.name()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isUsableBy(CurrentUser client, UUID skillId) {
		return skillId != null && this.toolbox.isUsable(client, skillId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SuggestedSkill> suggestionsFor(CurrentUser client, int count) {
		if (count <= 0 || !client.isClient()) {
			return List.of();
		}
		List<RankedSkill> ranking = this.toolbox.ranking(client, null);
		Double overall = overall(ranking);
		List<SuggestedSkill> suggestions = new ArrayList<>();
		ranking.stream()
			.filter(RankedSkill::practised)
			.limit(count)
			.forEach((r) -> suggestions.add(suggestion(r, overall)));
		if (suggestions.size() < count) {
			List<UUID> builtInOrder = java.util.Arrays.stream(BuiltInSkill.values()).map(BuiltInSkill::id).toList();
			ranking.stream()
				.filter((r) -> !r.practised() && builtInOrder.contains(r.skillId()))
				.sorted(Comparator.comparingInt((RankedSkill r) -> builtInOrder.indexOf(r.skillId())))
				.limit(count - suggestions.size())
				.forEach((r) -> suggestions.add(suggestion(r, overall)));
		}
		return List.copyOf(suggestions);
	}

	private static SuggestedSkill suggestion(RankedSkill r, Double overall) {
		return new SuggestedSkill(r.skillId(), r.name(), r.estimatedReduction(), r.practices(), r.meanReduction(),
				overall);
	}

	/**
	 * The client's mean over all their practices ({@code mean_all} of
	 * {@link SkillRanking}), read back from the ranking: an untried skill's estimate is
	 * that mean, and a practised one's estimate solves for it. Null without practices.
	 */
	static Double overall(List<RankedSkill> ranking) {
		if (ranking.stream().noneMatch(RankedSkill::practised)) {
			return null;
		}
		for (RankedSkill r : ranking) {
			if (!r.practised()) {
				return r.estimatedReduction();
			}
		}
		RankedSkill r = ranking.get(0);
		int n = r.practices();
		return (r.estimatedReduction() * (n + SkillRanking.PRIOR_WEIGHT) - n * r.meanReduction())
				/ SkillRanking.PRIOR_WEIGHT;
	}

}
