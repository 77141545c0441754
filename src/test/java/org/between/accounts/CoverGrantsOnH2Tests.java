package org.between.accounts;

class CoverGrantsOnH2Tests extends CoverGrantsTests {

}
