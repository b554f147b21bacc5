package io.shiftlead.connectors.spi.model;

/**
 * A requester, an assignee or a comment author.
 *
 * @param id the helpdesk's own id, as a string whatever the vendor's type
 * @param name display name, may be null when the helpdesk did not send it
 * @param email may be null
 * @param organization may be null
 * @param locale BCP 47 tag such as {@code pt-BR}, may be null
 * @param role the role this person acts in
 */
public record Person(
    String id, String name, String email, String organization, String locale, AuthorRole role) {

  public static Person of(String id, AuthorRole role) {
    return new Person(id, null, null, null, null, role);
  }
}
