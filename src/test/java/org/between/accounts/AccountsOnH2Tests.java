package org.between.accounts;

class AccountsOnH2Tests extends AccountsTests {

}
