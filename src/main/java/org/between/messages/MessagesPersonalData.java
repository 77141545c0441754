package org.between.messages;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * Message threads: a client exports all of their threads, a therapist only what they
 * wrote; erasing either erases the thread.
 */
@Component
class MessagesPersonalData extends PersonalRows {

	MessagesPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "messages", List.of(new PersonalTable("messages_entry",
				"thread_id in (select id from messages_thread where client_id = ?) or author_id = ?",
				"thread_id in (select id from messages_thread where client_id = ? or therapist_id = ?) or author_id = ?",
				java.util.Set.of("messages_entry.author_id"), java.util.Set.of(), List.of()),
				PersonalTable.of("messages_thread", "client_id", "therapist_id")));
	}

}
