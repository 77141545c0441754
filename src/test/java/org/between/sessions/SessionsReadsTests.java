package org.between.sessions;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.policy.Policies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads other modules make of sessions (and of the policy in force) are safe by type:
 * a therapist's take the {@link LinkedClient} only the access check makes, a person's own
 * take the signed-in {@link CurrentUser}; no public method reads by bare ids alone.
 */
class SessionsReadsTests {

	@Test
	void theBriefsReadsTakeTheCheckedLink() throws NoSuchMethodException {
		assertThat(Sessions.class.getMethod("lastHeldBefore", LinkedClient.class, Instant.class)).isNotNull();
		assertThat(Sessions.class.getMethod("between", LinkedClient.class, Instant.class, Instant.class)).isNotNull();
	}

	@Test
	void theOwnReadsTakeThePerson() throws NoSuchMethodException {
		assertThat(Sessions.class.getMethod("forUser", CurrentUser.class, Instant.class, Instant.class)).isNotNull();
		assertThat(Sessions.class.getMethod("heldStarts", CurrentUser.class)).isNotNull();
	}

	@Test
	void noPublicMethodTakesAnIdWithoutTheReaderOrTheCheckedLink() {
		assertThat(unchecked(Sessions.class)).as("Sessions methods that read by a bare id").isEmpty();
		List<String> inForce = Arrays.stream(Policies.class.getMethods())
			.filter((m) -> m.getName().equals("inForce"))
			.filter((m) -> !takes(m, CurrentUser.class) && !takes(m, LinkedClient.class))
			.map(Method::toString)
			.toList();
		assertThat(inForce).as("Policies.inForce overloads without an access value").isEmpty();
	}

	private static List<String> unchecked(Class<?> facade) {
		return Arrays.stream(facade.getDeclaredMethods())
			.filter((m) -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
			.filter((m) -> takes(m, UUID.class) && !takes(m, CurrentUser.class) && !takes(m, LinkedClient.class))
			.map(Method::getName)
			.toList();
	}

	private static boolean takes(Method method, Class<?> type) {
		return Arrays.asList(method.getParameterTypes()).contains(type);
	}

}
