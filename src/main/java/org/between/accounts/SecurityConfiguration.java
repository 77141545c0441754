package org.between.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.between.shared.web.Problems;
import org.between.shared.web.UnsavedForms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Two ways in: the API ({@code /api/**}) with bearer tokens, and pages with the sign-in
 * form and a session. Both send the same protective headers; both answer errors in their
 * own language (problem+json or a page).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/**
	 * No inline scripts or styles, nothing from other sites, never inside a frame; the
	 * service worker and the manifest only from our own origin (safety's OfflinePages).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/** A reminder's one-click unsubscribe page, public (reminders' UnsubscribePages). */
	static final String UNSUBSCRIBE_PATH = "/notifications/unsubscribe/*";

	static final String PENDING_SECOND_FACTOR = SecurityConfiguration.class.getName() + ".pending";

	/** Public, and must answer with the database down. */
	static final String[] CRISIS_PATHS = { "/crisis", "/crisis/**", "/api/v1/crisis-lines" };

	/**
	 * Styles, scripts and images: public, and they must load with the database down too
	 * (the crisis page needs its styles), so they never read the session either.
	 */
	static final String[] STATIC_PATHS = { "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico" };

	/**
	 * Offline help (safety's OfflinePages): the service worker, the manifest, the offline
	 * page and what the worker keeps. Public, and they must answer with the database
	 * down.
	 */
	static final String[] OFFLINE_PATHS = { "/sw.js", "/manifest.webmanifest", "/offline", "/offline/assets.json" };

	/** Every path that answers without reading the session table. */
	static final String[] WITHOUT_SESSION_PATHS = java.util.stream.Stream.of(CRISIS_PATHS, STATIC_PATHS, OFFLINE_PATHS)
		.flatMap(Arrays::stream)
		.toArray(String[]::new);

	/**
	 * The crisis page needs no account and must work with the database down: no session,
	 * no security context, no CSRF token, so nothing on this path reads the session
	 * table.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain crisis(HttpSecurity http) throws Exception {
		http.securityMatcher(WITHOUT_SESSION_PATHS)
			.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll())
			.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.headers(SecurityConfiguration::protectiveHeaders);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, SignIn signIn, Problems problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((auth) -> auth.requestMatchers(HttpMethod.POST, "/api/v1/accounts")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/accounts/restore",
						"/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm",
						"/api/v1/auth/email-change/confirm")
				.permitAll()
				.anyRequest()
				.authenticated())
			// A bearer token cannot be sent by another site; a session cookie can, so API
			// calls
			// that ride on the page session need the CSRF token.
			.csrf((csrf) -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::cookieOnlyChange))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(signIn, problems), BasicAuthenticationFilter.class)
			.exceptionHandling((e) -> e.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				problems.write(response,
						problems.of(HttpStatus.UNAUTHORIZED, "problem.status.401", LocaleContextHolder.getLocale()));
			})
				.accessDeniedHandler((request, response, ex) -> problems.write(response,
						problems.of(HttpStatus.FORBIDDEN, "problem.status.403", LocaleContextHolder.getLocale()))))
			.headers(SecurityConfiguration::protectiveHeaders)
			.formLogin((f) -> f.disable())
			.httpBasic((b) -> b.disable())
			.logout((l) -> l.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SignIn signIn, Clock clock, ObjectProvider<UnsavedForms> unsavedForms)
			throws Exception {
		http.authorizeHttpRequests((auth) -> auth
			// /privacy and /about (shared's PublicNotices) must be readable before an
			// account exists. They keep the session when there is one (unlike the
			// crisis paths), so that a signed-in client still has "My plan" in the
			// header there.
			.requestMatchers("/privacy", "/about")
			.permitAll()
			.requestMatchers("/", "/signup", "/login", "/login/second-factor", "/restore", "/crisis", "/crisis/**",
					"/password-reset", "/password-reset/**", "/email-change/**", "/error", "/error/**", "/css/**",
					"/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
					"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			// The calendar feed: calendar apps cannot sign in; the secret token in the
			// path
			// is the key (frame's CalendarFeedController). Nothing there makes a session.
			.requestMatchers(HttpMethod.GET, "/calendar/*.ics")
			.permitAll()
			// The unsubscribe link of a reminder e-mail (reminders' UnsubscribePages):
			// the
			// token in the path is the key, and it works without signing in.
			.requestMatchers(UNSUBSCRIBE_PATH)
			.permitAll()
			.anyRequest()
			.authenticated())
			// RFC 8058: a mail program's one-click unsubscribe POSTs without cookies or a
			// CSRF token. The token in the path is the secret a forged request would
			// need.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, UNSUBSCRIBE_PATH)))
			.authenticationProvider(new PasswordSignInProvider(signIn))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				// Home, or back to the form that was posted after the idle sign-out.
				.successHandler(
						(request, response, authentication) -> response.sendRedirect(ResumeAfterSignIn.take(request)))
				.failureHandler(secondFactorOrFailure(clock))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			// A form posted after the idle sign-out: never a bare 403 (SignedOutPosts).
			.exceptionHandling((e) -> e.accessDeniedHandler(new SignedOutPosts(unsavedForms)))
			.headers(SecurityConfiguration::protectiveHeaders);
		return http.build();
	}

	/**
	 * The session cookie: {@code SESSION}, HttpOnly, SameSite=Lax, Secure whenever the
	 * request came over HTTPS. Declared here so that it does not depend on how the
	 * application is deployed (Boot maps {@code server.servlet.session.cookie.*} only for
	 * its embedded server and takes the servlet container's settings otherwise).
	 */
	@Bean
	DefaultCookieSerializer cookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName("SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		return serializer;
	}

	/**
	 * Runs before Spring Session, so that the crisis paths and static resources never
	 * load a session.
	 */
	@Bean
	FilterRegistrationBean<CrisisWithoutSession> crisisWithoutSession() {
		var crisisPaths = new OrRequestMatcher(Arrays.stream(WITHOUT_SESSION_PATHS)
			.map((path) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
			.toList());
		var registration = new FilterRegistrationBean<>(new CrisisWithoutSession(crisisPaths));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/** Runs after Spring Session has loaded the session and before security reads it. */
	@Bean
	FilterRegistrationBean<AbsoluteSessionTimeout> absoluteSessionTimeout(Clock clock) {
		var registration = new FilterRegistrationBean<>(new AbsoluteSessionTimeout(clock, Duration.ofHours(12)));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	private static AuthenticationFailureHandler secondFactorOrFailure(Clock clock) {
		return (request, response, ex) -> {
			if (ex instanceof PasswordSignInProvider.SecondFactorRequired required) {
				request.getSession()
					.setAttribute(PENDING_SECOND_FACTOR,
							new PendingSecondFactor(required.check().userId(), clock.instant().plusSeconds(300)));
				response.sendRedirect("/login/second-factor");
			}
			else if (ex instanceof PasswordSignInProvider.TooManyAttempts) {
				TypedEmail.keep(request);
				response.sendRedirect("/login?locked");
			}
			else if (ex instanceof PasswordSignInProvider.DeletionPending) {
				response.sendRedirect("/login?deleting");
			}
			else {
				TypedEmail.keep(request);
				response.sendRedirect("/login?error");
			}
		};
	}

	private static boolean cookieOnlyChange(HttpServletRequest request) {
		boolean safe = switch (request.getMethod()) {
			case "GET", "HEAD", "OPTIONS", "TRACE" -> true;
			default -> false;
		};
		return !safe && BearerTokenFilter.token(request).isEmpty() && request.getRequestedSessionId() != null;
	}

	private static void protectiveHeaders(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((f) -> f.deny())
			.referrerPolicy((r) -> r.policy(ReferrerPolicy.NO_REFERRER))
			.httpStrictTransportSecurity((h) -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}

	/** The password was right; the code is still to come. Expires after five minutes. */
	record PendingSecondFactor(java.util.UUID userId, Instant until) implements java.io.Serializable {
	}

}
