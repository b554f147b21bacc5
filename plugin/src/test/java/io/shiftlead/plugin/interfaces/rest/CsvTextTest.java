package io.shiftlead.plugin.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {
  @Test
  void quotedFieldsKeepCommasQuotesAndNewlinesAndLinesAreNumberedFromOne() {
    List<CsvText.Row> rows = CsvText.read("ticket,kind,score,comment\r\n"
        + "1,csat,5,\"fast, friendly\"\n"
        + "\n"
        + "2,csat,1,\"said \"\"no\"\"\nthen left\"\n"
        + "3,nps,9,");

    assertThat(rows).extracting(CsvText.Row::line).containsExactly(1, 2, 4, 6);
    assertThat(rows.get(1).fields()).containsExactly("1", "csat", "5", "fast, friendly");
    assertThat(rows.get(2).fields().get(3)).isEqualTo("said \"no\"\nthen left");
    assertThat(rows.get(3).fields()).containsExactly("3", "nps", "9", "");
  }

  @Test
  void fieldsWithSeparatorsAreQuotedOnWrite() {
    assertThat(CsvText.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvText.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvText.field(null)).isEmpty();
    assertThat(CsvText.field(0.5)).isEqualTo("0.5");
  }
}
