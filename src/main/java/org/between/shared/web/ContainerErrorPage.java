package org.between.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.ExceptionUtils;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for every error that Tomcat answers itself, before the application sees the
 * request (a malformed request line or header, a URI it refuses) or when the
 * application's own error page could not be produced: our words, "Get help now", and the
 * protective headers of every other page, instead of Tomcat's "HTTP Status 400" report.
 * It replaces the error report valve of the host, after Boot has added its own.
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	/** Nothing but our own stylesheet; never in a frame. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9.]+)}}");

	private final MessageSource messages;

	private final String template;

	private final Map<Integer, String> pages = new ConcurrentHashMap<>();

	ContainerErrorPage(MessageSource messages) {
		this.messages = messages;
		try (InputStream in = ContainerErrorPage.class.getResourceAsStream("container-error.html")) {
			if (in == null) {
				throw new IOException("container-error.html is missing");
			}
			this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** After Boot's own customizer, which adds the valve this one replaces. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Container host = context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
					host.getPipeline().removeValve(valve);
				}
			}
			if (host instanceof org.apache.catalina.core.StandardHost standard) {
				// So that the host does not add Tomcat's own again when it starts.
				standard.setErrorReportValveClass(Report.class.getName());
			}
			boolean present = false;
			for (Valve valve : host.getPipeline().getValves()) {
				present = present || valve instanceof Report;
			}
			if (!present) {
				host.getPipeline().addValve(new Report(this));
			}
		});
	}

	/** The page for a status, in the default language (the request was not read). */
	String page(int status) {
		return this.pages.computeIfAbsent(status, this::render);
	}

	private String render(int status) {
		String textKey = switch (status) {
			case 404, 413, 429 -> "error.page." + status;
			// 505: an HTTP version Tomcat does not speak; the request, not the server, is
			// at fault.
			default -> (status >= 500 && status != 505) ? "error.page.5xx" : "error.container.text";
		};
		Matcher matcher = PLACEHOLDER.matcher(this.template);
		StringBuilder html = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = switch (name) {
				case "status" -> Integer.toString(status);
				case "text" -> text(textKey);
				default -> text(name);
			};
			matcher.appendReplacement(html, Matcher.quoteReplacement(HtmlUtils.htmlEscape(value)));
		}
		matcher.appendTail(html);
		return html.toString();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, Locale.ENGLISH);
	}

	/**
	 * Tomcat's error report valve, writing our page with our headers. Public, with a
	 * constructor Tomcat can call (it may create one by class name), then falls back to
	 * Tomcat's own report until the application has given it its page.
	 */
	public static class Report extends ErrorReportValve {

		private final ContainerErrorPage pages;

		public Report() {
			this(null);
		}

		Report(ContainerErrorPage pages) {
			this.pages = pages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (this.pages == null) {
				super.report(request, response, throwable);
				return;
			}
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(true);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("utf-8");
				response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("X-Frame-Options", "DENY");
				response.setHeader("Referrer-Policy", "no-referrer");
				response.setHeader("Cache-Control", "no-store");
				if (request.isSecure()) {
					response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
				}
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(this.pages.page(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away, or the response can no longer be written.
			}
			catch (Throwable ex) {
				ExceptionUtils.handleThrowable(ex);
			}
		}

	}

}
