package org.between;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.between.absences.BreakPlans;
import org.between.absences.Covering;
import org.between.accounts.CoveredClient;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.brief.Briefs;
import org.between.checkin.Checkins;
import org.between.contact.ContactAgreements;
import org.between.endings.Portfolios;
import org.between.insights.Insights;
import org.between.journal.Journal;
import org.between.measures.Measures;
import org.between.safety.SafetyPlans;
import org.between.toolbox.Toolbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads of client data are safe by type: a public method of a facade that holds client
 * data and takes an id also takes the signed-in person (whose access it checks) or the
 * {@link LinkedClient} that only the access check makes. A method that took a bare client
 * id would let any caller read without the link check.
 */
class ClientDataReadsTests {

	private static final List<Class<?>> FACADES = List.of(Checkins.class, Journal.class, Measures.class, Toolbox.class,
			SafetyPlans.class, Insights.class, Briefs.class, ContactAgreements.class, BreakPlans.class, Covering.class,
			Portfolios.class);

	@Test
	void noFacadeMethodTakesAnIdWithoutTheReaderOrTheCheckedLink() {
		List<String> unchecked = FACADES.stream()
			.flatMap((facade) -> Arrays.stream(facade.getDeclaredMethods()))
			.filter((m) -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
			.filter((m) -> takes(m, UUID.class) && !takes(m, CurrentUser.class) && !takes(m, LinkedClient.class)
					&& !takes(m, CoveredClient.class))
			.map((m) -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
			.toList();

		assertThat(unchecked).as("public facade methods that read by a bare id").isEmpty();
	}

	@Test
	void theReadsOtherModulesUseForATherapistTakeTheCheckedLink() throws NoSuchMethodException {
		Stream
			.of(Checkins.class.getMethod("between", LinkedClient.class, java.time.Instant.class,
					java.time.Instant.class),
					Checkins.class
						.getMethod("firstTurns", LinkedClient.class, java.time.Instant.class, java.time.Instant.class),
					Journal.class.getMethod("agenda", LinkedClient.class),
					Measures.class.getMethod("responsesBetween", LinkedClient.class, java.time.Instant.class,
							java.time.Instant.class),
					Toolbox.class.getMethod("ranking", LinkedClient.class, org.between.toolbox.Situation.class),
					Toolbox.class.getMethod("practices", LinkedClient.class, java.time.Instant.class,
							java.time.Instant.class))
			.forEach((m) -> assertThat(m.getParameterTypes()[0]).isEqualTo(LinkedClient.class));
		assertThat(Journal.class.getMethod("agendaCount", CurrentUser.class).getReturnType()).isEqualTo(int.class);
		// The covering colleague's read takes the checked grant, as a therapist's takes
		// the
		// checked link.
		assertThat(SafetyPlans.class.getMethod("forCover", CoveredClient.class)).isNotNull();
	}

	private static boolean takes(Method method, Class<?> type) {
		return Arrays.asList(method.getParameterTypes()).contains(type);
	}

}
