package io.shiftlead.plugin.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

  @Test
  void dropsAngleBracketLinesButKeepsTheAgentsOwnLines() {
    assertThat(QuotedText.strip("> Hi, I'm furious\nThe refund is on its way.\n> thanks"))
        .isEqualTo("The refund is on its way.");
  }

  @Test
  void cutsEverythingFromAnEnglishOnWroteHeader() {
    String body = "Done, see the attached invoice.\n\n"
        + "On Mon, Mar 2, 2026 at 9:15 AM Emma Clarke <emma@example.com> wrote:\n"
        + "Hello, I was charged twice\nBest, Emma";

    assertThat(QuotedText.strip(body)).isEqualTo("Done, see the attached invoice.");
  }

  @Test
  void recognisesGermanSpanishPortugueseAndFrenchQuoteHeaders() {
    assertThat(QuotedText.strip("Ja.\nAm 02.03.2026 um 10:15 schrieb Maria <m@x.de>:\nHallo"))
        .isEqualTo("Ja.");
    assertThat(QuotedText.strip("Sí.\nEl lun, 2 mar 2026 a las 10:15, Sofía <s@x.es> escribió:\nHola"))
        .isEqualTo("Sí.");
    assertThat(QuotedText.strip("Sim.\nEm seg., 2 de mar. de 2026 às 10:15, Lucas <l@x.br> escreveu:\nOi"))
        .isEqualTo("Sim.");
    assertThat(QuotedText.strip("Oui.\nLe lun. 2 mars 2026 à 10:15, Léa <l@x.fr> a écrit :\nBonjour"))
        .isEqualTo("Oui.");
  }

  @Test
  void cutsAtAnOutlookOriginalMessageSeparatorAndFromLine() {
    assertThat(QuotedText.strip("Fixed.\n-----Original Message-----\nFrom: a@b.c\nHi"))
        .isEqualTo("Fixed.");
    assertThat(QuotedText.strip("Fixed.\nFrom: Emma Clarke <emma@example.com>\nSent: Monday"))
        .isEqualTo("Fixed.");
  }

  @Test
  void aSentenceMentioningSomeoneWhoWroteIsNotAQuoteHeader() {
    String body = "On Monday our CEO wrote a post about this.\nIt explains the change.";

    assertThat(QuotedText.strip(body)).isEqualTo(body);
  }
}
