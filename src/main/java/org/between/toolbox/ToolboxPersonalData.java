package org.between.toolbox;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * A client's skills, their steps and practice (export and erasure); a skill a therapist
 * suggested stays the client's, without the therapist's id.
 */
@Component
class ToolboxPersonalData extends PersonalRows {

	ToolboxPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "toolbox",
				List.of(PersonalTable.through("toolbox_skill_step",
						"skill_id in (select id from toolbox_skill where client_id = ?)"),
						PersonalTable.of("toolbox_practice", "client_id"),
						PersonalTable.of("toolbox_skill", "client_id").clearing("added_by")));
	}

}
