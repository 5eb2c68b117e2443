package nl.handreiking.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OWASP rule against CSV injection, cell by cell. */
class CsvTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"})
    void aTextCellThatStartsLikeAFormulaGetsALeadingQuote(String cell) {
        assertThat(Csv.neutralised(cell)).isEqualTo("'" + cell);
        assertThat(Csv.write(List.of("a"), List.of(List.of(cell)))).doesNotContain("\n" + cell.charAt(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Utrecht", "'=1", " =1", "", "1-2"})
    void otherTextStaysAsItIs(String cell) {
        assertThat(Csv.neutralised(cell)).isEqualTo(cell);
    }

    @org.junit.jupiter.api.Test
    void numbersStayNumbersEvenWhenNegative() {
        assertThat(Csv.neutralised(-5)).isEqualTo(-5);
        assertThat(Csv.write(List.of("n"), List.of(List.of(-5)))).endsWith("\r\n-5\r\n");
    }
}
