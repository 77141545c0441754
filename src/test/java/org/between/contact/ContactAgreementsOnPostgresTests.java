package org.between.contact;

import org.between.support.OnPostgres;

@OnPostgres
class ContactAgreementsOnPostgresTests extends ContactAgreementsTests {

}
