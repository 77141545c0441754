package org.between.measures;

import java.util.List;

import javax.sql.DataSource;

import org.between.shared.PersonalRows;
import org.between.shared.PersonalTable;
import org.between.shared.TextCipher;

import org.springframework.stereotype.Component;

/**
 * A client's questionnaire responses and the schedules set for them (data.json; the FHIR
 * Bundle is measures.fhir.json).
 */
@Component
class MeasuresPersonalData extends PersonalRows {

	MeasuresPersonalData(DataSource dataSource, TextCipher cipher) {
		super(dataSource, cipher, "measures", List.of(PersonalTable.of("measures_response", "client_id"),
				PersonalTable.of("measures_schedule", "client_id").erasingAlso("therapist_id")));
	}

}
