package io.shiftlead.plugin.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConversationTest {

  @Test
  void pairsEachPublicAgentReplyWithTheCustomerWordsBeforeItAndSkipsInternalNotes() {
    Conversation c = TicketBuilder.ticket()
        .customer("My invoice is wrong.")
        .internalNote("checking with billing")
        .agent("Hi Emma, fixed.")
        .customer("Thanks!")
        .customer("One more thing: VAT id?")
        .agent("Added it.")
        .conversation();

    assertThat(c.replies()).hasSize(2);
    assertThat(c.first().customerBefore()).isEqualTo("My invoice is wrong.");
    assertThat(c.first().firstInConversation()).isTrue();
    assertThat(c.last().customerBefore()).isEqualTo("Thanks!\nOne more thing: VAT id?");
    assertThat(c.last().lastInConversation()).isTrue();
  }

  @Test
  void takesTheLanguageFromTheRequesterLocaleAndDefaultsToEnglish() {
    assertThat(TicketBuilder.ticket().customerNamed("João", "pt-BR").conversation().language())
        .isEqualTo("pt");
    assertThat(TicketBuilder.ticket().customerNamed("João", "de_AT").conversation().language())
        .isEqualTo("de");
    assertThat(TicketBuilder.ticket().customerNamed("João", null).conversation().language())
        .isEqualTo("en");
  }

  @Test
  void perReplyGradesEachReplyAloneButRemembersWhichWasFirst() {
    var ticket = TicketBuilder.ticket().customer("Q1").agent("A1").customer("Q2").agent("A2")
        .build();

    var perReply = Conversation.perReply(ticket);

    assertThat(perReply).hasSize(2);
    assertThat(perReply.get(0).replies()).singleElement()
        .matches(AgentReply::firstInConversation);
    assertThat(perReply.get(1).replies()).singleElement()
        .matches(r -> !r.firstInConversation() && r.lastInConversation());
  }
}
