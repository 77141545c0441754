package org.between.contact;

class ContactAgreementsOnH2Tests extends ContactAgreementsTests {

}
