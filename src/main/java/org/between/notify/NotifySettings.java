package org.between.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code between.notify.*}: the sender address of every e-mail and how often the outbox
 * is emptied.
 */
@ConfigurationProperties("between.notify")
record NotifySettings(@DefaultValue("Between <no-reply@between.local>") String from,
		@DefaultValue("PT10S") Duration sendInterval) {
}
